package io.quire.command.notebook;

import io.quire.command.shared.Guards;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.TextRules;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.ArchiveNotebookCommand;
import io.quire.contracts.notebook.CreateNotebookCommand;
import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.contracts.notebook.RenameNotebookCommand;
import io.quire.contracts.notebook.RestoreNotebookCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A notebook in a workspace. Pages are created in active notebooks only. */
@Aggregate
public class Notebook {

    public static final String KIND = "notebook";

    @AggregateIdentifier
    private NotebookId notebookId;
    private TenantId tenantId;
    private WorkspaceId workspaceId;
    private String title;
    private boolean archived;
    private long version;

    /** Created by {@link NotebookCreation}, once the workspace has accepted it. */
    Notebook(CreateNotebookCommand command) {
        TextRules.requireTitle("title", command.title());
        apply(new NotebookCreatedEvent(command.notebookId(), command.tenantId(), command.workspaceId(),
                command.title(), 1));
    }

    @CommandHandler
    public long handle(RenameNotebookCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, notebookId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        TextRules.requireTitle("title", command.title());
        if (!command.title().equals(title)) {
            apply(new NotebookRenamedEvent(notebookId, tenantId, command.title(), version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(ArchiveNotebookCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, notebookId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        apply(new NotebookArchivedEvent(notebookId, tenantId, version + 1));
        return version;
    }

    @CommandHandler
    public long handle(RestoreNotebookCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, notebookId);
        Guards.requireVersion(command.expectedVersion(), version);
        if (!archived) {
            throw new StateConflictException("The notebook is not archived");
        }
        apply(new NotebookRestoredEvent(notebookId, tenantId, version + 1));
        return version;
    }

    /**
     * Asked before a page is placed here. Answers the workspace the page will belong to.
     */
    public WorkspaceId acceptPage(TenantId caller) {
        Guards.requireOwner(tenantId, caller, KIND, notebookId);
        requireActive();
        return workspaceId;
    }

    /** The workspace, for a caller that owns this notebook; another tenant gets "not found". */
    public WorkspaceId workspaceFor(TenantId caller) {
        Guards.requireOwner(tenantId, caller, KIND, notebookId);
        return workspaceId;
    }

    public boolean archived() {
        return archived;
    }

    private void requireActive() {
        if (archived) {
            throw new StateConflictException("The notebook is archived");
        }
    }

    @EventSourcingHandler
    void on(NotebookCreatedEvent event) {
        notebookId = event.notebookId();
        tenantId = event.tenantId();
        workspaceId = event.workspaceId();
        title = event.title();
        version = event.version();
    }

    @EventSourcingHandler
    void on(NotebookRenamedEvent event) {
        title = event.title();
        version = event.version();
    }

    @EventSourcingHandler
    void on(NotebookArchivedEvent event) {
        archived = true;
        version = event.version();
    }

    @EventSourcingHandler
    void on(NotebookRestoredEvent event) {
        archived = false;
        version = event.version();
    }

    protected Notebook() {
    }
}
