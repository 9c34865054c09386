package io.quire.query.timetravel;

import io.quire.contracts.decision.DecisionView;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.notebook.NotebookView;
import io.quire.contracts.page.PageView;
import io.quire.contracts.workspace.WorkspaceSnapshotView;
import io.quire.query.decision.DecisionFold;
import io.quire.query.notebook.NotebookFold;
import io.quire.query.page.PageFold;
import io.quire.query.shared.BadInput;
import io.quire.query.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * Pages, notebooks and decisions as they were at an instant ({@code ?asOf=}), and a whole workspace tree at an
 * instant. Rebuilt from the event store, so they answer for any moment, not only for what a read model kept. A
 * request with {@code asOf} lands here (the mappings require the parameter to be present; its value is checked here);
 * without it, on the current-state endpoints.
 */
@RestController
public class TimeTravelEndpoint {

    private static final String AS_OF = "asOf";

    private final Rebuilding rebuilding;
    private final WorkspaceSnapshots snapshots;
    private final Clock clock;

    public TimeTravelEndpoint(Rebuilding rebuilding, WorkspaceSnapshots snapshots, Clock clock) {
        this.rebuilding = rebuilding;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/pages/{pageId}", params = AS_OF)
    public Mono<ResponseEntity<AsOf<PageView>>> page(@PathVariable String pageId,
                                                     @RequestParam(required = false) String asOf,
                                                     @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotFound.parseId("page", pageId);
        Instant instant = instant(asOf);
        return answer(rebuilding.asOf(caller.tenantId(), "Page", pageId, instant,
                (state, event) -> PageFold.apply(state, event.payload(), event.at(), event.principal())),
                instant, PageView::version, "page", pageId);
    }

    @GetMapping(path = "/api/v1/notebooks/{notebookId}", params = AS_OF)
    public Mono<ResponseEntity<AsOf<NotebookView>>> notebook(@PathVariable String notebookId,
                                                             @RequestParam(required = false) String asOf,
                                                             @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotFound.parseId("notebook", notebookId);
        Instant instant = instant(asOf);
        return answer(rebuilding.asOf(caller.tenantId(), "Notebook", notebookId, instant,
                (state, event) -> NotebookFold.apply(state, event.payload(), event.at(), event.principal())),
                instant, NotebookView::version, "notebook", notebookId);
    }

    @GetMapping(path = "/api/v1/decisions/{decisionId}", params = AS_OF)
    public Mono<ResponseEntity<AsOf<DecisionView>>> decision(@PathVariable String decisionId,
                                                             @RequestParam(required = false) String asOf,
                                                             @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotFound.parseId("decision", decisionId);
        Instant instant = instant(asOf);
        return answer(rebuilding.asOf(caller.tenantId(), "Decision", decisionId, instant,
                (state, event) -> DecisionFold.apply(state, event.payload(), event.at())),
                instant, DecisionView::version, "decision", decisionId);
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/snapshot")
    public Mono<WorkspaceSnapshotView> snapshot(@PathVariable String workspaceId,
                                                @RequestParam(required = false) String asOf,
                                                @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotFound.parseId("workspace", workspaceId);
        Instant instant = asOf == null ? clock.instant() : instant(asOf);
        return snapshots.asOf(caller.tenantId(), workspaceId, instant)
                .switchIfEmpty(Mono.error(() -> NotFound.of("workspace", workspaceId)));
    }

    private static <T> Mono<ResponseEntity<AsOf<T>>> answer(Mono<T> state, Instant asOf, Function<T, Long> version,
                                                            String kind, String id) {
        return state.switchIfEmpty(Mono.error(() -> NotFound.of(kind, id)))
                .map(found -> ResponseEntity.ok().eTag("\"" + version.apply(found) + "\"")
                        .body(new AsOf<>(found, asOf)));
    }

    private static Instant instant(String raw) {
        Instant instant = BadInput.instant(AS_OF, raw);
        if (instant == null) {
            throw BadInput.of(AS_OF, "asOf must be an ISO-8601 instant such as 2024-05-01T12:00:00Z");
        }
        return instant;
    }
}
