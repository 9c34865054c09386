package io.quire.query.timetravel;

import io.quire.contracts.decision.DecisionView;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookView;
import io.quire.contracts.page.PageView;
import io.quire.contracts.workspace.WorkspaceSnapshotView;
import io.quire.contracts.workspace.WorkspaceView;
import io.quire.query.decision.DecisionFold;
import io.quire.query.eventlog.EventLog;
import io.quire.query.eventlog.EventSelection;
import io.quire.query.eventlog.LoggedEvent;
import io.quire.query.notebook.NotebookFold;
import io.quire.query.page.PageFold;
import io.quire.query.workspace.WorkspaceFold;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A workspace's whole tree as it stood at an instant, folded from the tenant's notebook, page and decision events up
 * to then. Only this tenant's events are read (through the tenant index); events of aggregates outside the workspace
 * are passed over without being decoded, and page bodies are dropped as soon as they are folded.
 */
@Component
class WorkspaceSnapshots {

    private static final Set<String> CONTENTS = Set.of("Notebook", "Page", "Decision");

    private final EventLog log;
    private final Rebuilding rebuilding;

    WorkspaceSnapshots(EventLog log, Rebuilding rebuilding) {
        this.log = log;
        this.rebuilding = rebuilding;
    }

    /** The snapshot, or empty when the workspace did not exist at {@code asOf} or belongs to another tenant. */
    Mono<WorkspaceSnapshotView> asOf(TenantId tenant, String workspaceId, Instant asOf) {
        return rebuilding.<WorkspaceView>asOf(tenant, "Workspace", workspaceId, asOf,
                        (state, event) -> WorkspaceFold.apply(state, event.payload(), event.at(), event.principal()))
                .flatMap(workspace -> log.all(tenant, EventSelection.ofAggregateTypes(CONTENTS, asOf))
                        .reduce(new Tree(workspaceId), Tree::apply)
                        .map(tree -> tree.view(workspace, asOf)));
    }

    /** The workspace's notebooks, pages and decisions so far, in the order they were created. */
    private static final class Tree {

        private final String workspaceId;
        private final Map<String, NotebookView> notebooks = new LinkedHashMap<>();
        private final Map<String, PageView> pages = new LinkedHashMap<>();
        private final Map<String, DecisionView> decisions = new LinkedHashMap<>();

        private Tree(String workspaceId) {
            this.workspaceId = workspaceId;
        }

        private Tree apply(LoggedEvent event) {
            String id = event.aggregateId();
            boolean creating = event.sequenceNumber() == 0;
            switch (event.aggregateType()) {
                case "Notebook" -> {
                    if (creating || notebooks.containsKey(id)) {
                        keep(notebooks, id, NotebookFold.apply(notebooks.get(id), event.payload(), event.at(),
                                event.principal()), NotebookView::workspaceId);
                    }
                }
                case "Page" -> {
                    if (creating || pages.containsKey(id)) {
                        keep(pages, id, withoutBody(PageFold.apply(pages.get(id), event.payload(), event.at(),
                                event.principal())), PageView::workspaceId);
                    }
                }
                case "Decision" -> {
                    if (creating || decisions.containsKey(id)) {
                        keep(decisions, id, DecisionFold.apply(decisions.get(id), event.payload(), event.at()),
                                DecisionView::workspaceId);
                    }
                }
                default -> {
                }
            }
            return this;
        }

        private <T> void keep(Map<String, T> states, String id, T state,
                              Function<T, String> workspaceOf) {
            if (state != null && workspaceId.equals(workspaceOf.apply(state))) {
                states.put(id, state);
            }
        }

        private static PageView withoutBody(PageView page) {
            return page == null ? null : new PageView(page.id(), page.workspaceId(), page.notebookId(), page.title(),
                    null, page.archived(), page.version(), page.createdAt(), page.updatedAt(), page.updatedBy());
        }

        private WorkspaceSnapshotView view(WorkspaceView workspace, Instant asOf) {
            List<WorkspaceSnapshotView.Notebook> tree = notebooks.values().stream()
                    .map(notebook -> new WorkspaceSnapshotView.Notebook(notebook.id(), notebook.title(),
                            notebook.archived(), notebook.version(), pagesOf(notebook.id())))
                    .toList();
            List<WorkspaceSnapshotView.Decision> decided = decisions.values().stream()
                    .map(d -> new WorkspaceSnapshotView.Decision(d.id(), d.title(), d.status(), d.version()))
                    .toList();
            return new WorkspaceSnapshotView(asOf, new WorkspaceSnapshotView.Workspace(workspace.id(),
                    workspace.name(), workspace.version(), workspace.archived()), tree, decided);
        }

        private List<WorkspaceSnapshotView.Page> pagesOf(String notebookId) {
            return pages.values().stream()
                    .filter(page -> page.notebookId().equals(notebookId))
                    .map(page -> new WorkspaceSnapshotView.Page(page.id(), page.title(), page.version(),
                            page.archived()))
                    .toList();
        }
    }
}
