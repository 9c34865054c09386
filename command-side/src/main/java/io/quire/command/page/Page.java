package io.quire.command.page;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.quire.command.shared.Guards;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.TextRules;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.page.ArchivePageCommand;
import io.quire.contracts.page.CreatePageCommand;
import io.quire.contracts.page.EditPageCommand;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageId;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.contracts.page.RestorePageCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A versioned Markdown page. Version 1 at creation, and one more for every change. Its fields are what a snapshot
 * stores ({@link PageRepositoryTuning}).
 */
@Aggregate(snapshotTriggerDefinition = PageRepositoryTuning.SNAPSHOT_TRIGGER, cache = PageRepositoryTuning.CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Page {

    public static final String KIND = "page";

    @AggregateIdentifier
    private PageId pageId;
    private TenantId tenantId;
    private WorkspaceId workspaceId;
    private NotebookId notebookId;
    private String title;
    private String body;
    private boolean archived;
    private long version;

    /** Created by {@link PageCreation}, once the notebook has accepted it. */
    Page(CreatePageCommand command, WorkspaceId workspaceId) {
        TextRules.requireTitle("title", command.title());
        String body = TextRules.requireBody("body", command.body());
        apply(new PageCreatedEvent(command.pageId(), command.tenantId(), workspaceId, command.notebookId(),
                command.title(), body, 1));
    }

    /** A missing title or body leaves that part as it is, so a partial edit can never wipe the other. */
    @CommandHandler
    public long handle(EditPageCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, pageId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        if (command.title() == null && command.body() == null) {
            throw new InvalidInputException("title", "Send a title, a body, or both");
        }
        String newTitle = command.title() == null ? title : TextRules.requireTitle("title", command.title());
        String newBody = command.body() == null ? body : TextRules.requireBody("body", command.body());
        if (!newTitle.equals(title) || !newBody.equals(body)) {
            apply(new PageEditedEvent(pageId, tenantId, newTitle, newBody, version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(ArchivePageCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, pageId);
        Guards.requireVersion(command.expectedVersion(), version);
        requireActive();
        apply(new PageArchivedEvent(pageId, tenantId, version + 1));
        return version;
    }

    @CommandHandler
    public long handle(RestorePageCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, pageId);
        Guards.requireVersion(command.expectedVersion(), version);
        if (!archived) {
            throw new StateConflictException("The page is not archived");
        }
        apply(new PageRestoredEvent(pageId, tenantId, version + 1));
        return version;
    }

    /** The first half of a move: the caller must own the page, and the page must be movable. */
    public WorkspaceId prepareMove(TenantId caller, Long expectedVersion) {
        Guards.requireOwner(tenantId, caller, KIND, pageId);
        Guards.requireVersion(expectedVersion, version);
        requireActive();
        return workspaceId;
    }

    /** The second half of a move, once the target notebook has accepted the page. */
    public long moveTo(NotebookId target) {
        if (!target.equals(notebookId)) {
            apply(new PageMovedEvent(pageId, tenantId, notebookId, target, version + 1));
        }
        return version;
    }

    /** The workspace, for a caller that owns this page; another tenant gets "not found". */
    public WorkspaceId workspaceFor(TenantId caller) {
        Guards.requireOwner(tenantId, caller, KIND, pageId);
        return workspaceId;
    }

    private void requireActive() {
        if (archived) {
            throw new StateConflictException("The page is archived; restore it first");
        }
    }

    @EventSourcingHandler
    void on(PageCreatedEvent event) {
        pageId = event.pageId();
        tenantId = event.tenantId();
        workspaceId = event.workspaceId();
        notebookId = event.notebookId();
        title = event.title();
        body = event.body();
        version = event.version();
    }

    @EventSourcingHandler
    void on(PageEditedEvent event) {
        title = event.title();
        body = event.body();
        version = event.version();
    }

    @EventSourcingHandler
    void on(PageMovedEvent event) {
        notebookId = event.toNotebookId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(PageArchivedEvent event) {
        archived = true;
        version = event.version();
    }

    @EventSourcingHandler
    void on(PageRestoredEvent event) {
        archived = false;
        version = event.version();
    }

    protected Page() {
    }
}
