package io.quire.command.workspace;

import io.quire.command.shared.Guards;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.TextRules;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.workspace.ArchiveWorkspaceCommand;
import io.quire.contracts.workspace.ChangeWorkspaceSearchLanguageCommand;
import io.quire.contracts.workspace.CreateWorkspaceCommand;
import io.quire.contracts.workspace.RenameWorkspaceCommand;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceId;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.contracts.workspace.WorkspaceSearchLanguageChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A workspace of a tenant. It holds notebooks; once archived it takes no new ones. Its content is searched in its
 * search language.
 */
@Aggregate
public class Workspace {

    public static final String KIND = "workspace";

    @AggregateIdentifier
    private WorkspaceId workspaceId;
    private TenantId tenantId;
    private String name;
    private boolean archived;
    private String searchLanguage;
    private long version;

    @CommandHandler
    public Workspace(CreateWorkspaceCommand command) {
        TextRules.requireTitle("name", command.name());
        apply(new WorkspaceCreatedEvent(command.workspaceId(), command.tenantId(), command.name(), 1));
    }

    @CommandHandler
    public long handle(RenameWorkspaceCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, workspaceId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        TextRules.requireTitle("name", command.name());
        if (!command.name().equals(name)) {
            apply(new WorkspaceRenamedEvent(workspaceId, tenantId, command.name(), version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(ChangeWorkspaceSearchLanguageCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, workspaceId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        SearchLanguage.requireWellFormed(command.language());
        if (!command.language().equals(searchLanguage)) {
            apply(new WorkspaceSearchLanguageChangedEvent(workspaceId, tenantId, command.language(), version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(ArchiveWorkspaceCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, workspaceId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        apply(new WorkspaceArchivedEvent(workspaceId, tenantId, version + 1));
        return version;
    }

    /** Asked before a notebook is opened here: the caller must own the workspace and it must be active. */
    public void acceptNotebook(TenantId caller) {
        Guards.requireOwner(tenantId, caller, KIND, workspaceId);
        requireActive();
    }

    /** Asked before a decision is proposed here: the caller must own the workspace and it must be active. */
    public void acceptDecision(TenantId caller) {
        Guards.requireOwner(tenantId, caller, KIND, workspaceId);
        requireActive();
    }

    private void requireActive() {
        if (archived) {
            throw new StateConflictException("The workspace is archived");
        }
    }

    @EventSourcingHandler
    void on(WorkspaceCreatedEvent event) {
        workspaceId = event.workspaceId();
        tenantId = event.tenantId();
        name = event.name();
        searchLanguage = SearchLanguage.DEFAULT;
        version = event.version();
    }

    @EventSourcingHandler
    void on(WorkspaceRenamedEvent event) {
        name = event.name();
        version = event.version();
    }

    @EventSourcingHandler
    void on(WorkspaceSearchLanguageChangedEvent event) {
        searchLanguage = event.language();
        version = event.version();
    }

    @EventSourcingHandler
    void on(WorkspaceArchivedEvent event) {
        archived = true;
        version = event.version();
    }

    protected Workspace() {
    }
}
