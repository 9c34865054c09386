package io.quire.query.search;

import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionProposedEvent;
import io.quire.contracts.decision.DecisionRejectedEvent;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.decision.DecisionWithdrawnEvent;
import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceSearchLanguageChangedEvent;
import io.quire.query.search.SearchIndex.NewDocument;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The search index: pages, notebooks and decisions as searchable documents, each indexed in its workspace's search
 * language. Archived documents, pages of archived notebooks and everything in an archived workspace stay in the
 * index, flagged, so that restoring them needs no re-indexing. A decision's status is kept for the results.
 */
@Component
@ReadModel(tables = {"search_workspace", "search_document"})
@ProcessingGroup(SearchProjection.PROCESSING_GROUP)
public class SearchProjection {

    public static final String PROCESSING_GROUP = "search";
    public static final String DEFAULT_LANGUAGE = "english";

    private final SearchIndex index;

    SearchProjection(SearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        index.addWorkspace(event.workspaceId().value(), event.tenantId().value(), event.version());
    }

    @EventHandler
    void on(WorkspaceSearchLanguageChangedEvent event, @Timestamp Instant at) {
        index.changeLanguage(event.workspaceId().value(), event.language(), event.version(), at);
    }

    @EventHandler
    void on(WorkspaceArchivedEvent event) {
        index.archiveWorkspace(event.workspaceId().value(), event.version());
    }

    @EventHandler
    void on(PageCreatedEvent event, @Timestamp Instant at) {
        index.add(new NewDocument(event.pageId().value(), "page", event.tenantId().value(),
                event.workspaceId().value(), event.notebookId().value(), event.title(), event.body(), null,
                event.version(), at));
    }

    @EventHandler
    void on(PageEditedEvent event, @Timestamp Instant at) {
        index.rewrite(event.pageId().value(), event.title(), event.body(), event.version(), at);
    }

    @EventHandler
    void on(PageMovedEvent event, @Timestamp Instant at) {
        index.moveToNotebook(event.pageId().value(), event.toNotebookId().value(), event.version(), at);
    }

    @EventHandler
    void on(PageArchivedEvent event, @Timestamp Instant at) {
        index.setArchived(event.pageId().value(), true, event.version(), at);
    }

    @EventHandler
    void on(PageRestoredEvent event, @Timestamp Instant at) {
        index.setArchived(event.pageId().value(), false, event.version(), at);
    }

    @EventHandler
    void on(NotebookCreatedEvent event, @Timestamp Instant at) {
        index.add(new NewDocument(event.notebookId().value(), "notebook", event.tenantId().value(),
                event.workspaceId().value(), null, event.title(), "", null, event.version(), at));
    }

    @EventHandler
    void on(NotebookRenamedEvent event, @Timestamp Instant at) {
        index.retitle(event.notebookId().value(), event.title(), event.version(), at);
    }

    @EventHandler
    void on(NotebookArchivedEvent event, @Timestamp Instant at) {
        index.setArchived(event.notebookId().value(), true, event.version(), at);
    }

    @EventHandler
    void on(NotebookRestoredEvent event, @Timestamp Instant at) {
        index.setArchived(event.notebookId().value(), false, event.version(), at);
    }

    /** A decision is found by its title, its context and its options. */
    @EventHandler
    void on(DecisionProposedEvent event, @Timestamp Instant at) {
        String body = event.context() + "\n\n" + String.join("\n", event.options());
        index.add(new NewDocument(event.decisionId().value(), "decision", event.tenantId().value(),
                event.workspaceId().value(), null, event.title(), body, "proposed", event.version(), at));
    }

    @EventHandler
    void on(DecisionApprovedEvent event, @Timestamp Instant at) {
        index.setStatus(event.decisionId().value(), "approved", event.version(), at);
    }

    @EventHandler
    void on(DecisionRejectedEvent event, @Timestamp Instant at) {
        index.setStatus(event.decisionId().value(), "rejected", event.version(), at);
    }

    @EventHandler
    void on(DecisionWithdrawnEvent event, @Timestamp Instant at) {
        index.setStatus(event.decisionId().value(), "withdrawn", event.version(), at);
    }

    @EventHandler
    void on(DecisionSupersededEvent event, @Timestamp Instant at) {
        index.setStatus(event.decisionId().value(), "superseded", event.version(), at);
    }

    @ResetHandler
    void reset() {
        index.clear();
    }
}
