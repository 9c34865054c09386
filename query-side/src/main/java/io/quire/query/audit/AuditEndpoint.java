package io.quire.query.audit;

import io.quire.contracts.audit.AuditEntryView;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.query.eventlog.EventLog;
import io.quire.query.eventlog.EventSelection;
import io.quire.query.shared.Keyset;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.ProblemJson;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit trail, read straight from the event store: every event of the caller's tenant, oldest first, with who
 * acted, in which correlation, caused by what, and a readable summary. Also one aggregate's own stream, and the whole
 * trail as NDJSON streamed in constant memory.
 */
@RestController
public class AuditEndpoint {

    private final EventLog log;
    private final AuditEntries entries;

    public AuditEndpoint(EventLog log, AuditEntries entries) {
        this.log = log;
        this.entries = entries;
    }

    @GetMapping("/api/v1/audit")
    public Mono<ListPage<AuditEntryView>> audit(
            @RequestParam(required = false) String aggregate, @RequestParam(required = false) String type,
            @RequestParam(required = false) String user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        EventSelection selection = AuditFilter.parse(aggregate, type, user, from, to);
        return page(caller, selection, ListRequest.parse(limit, cursor));
    }

    @GetMapping(path = "/api/v1/audit/export", produces = "application/x-ndjson")
    public Flux<AuditEntryView> export(
            @RequestParam(required = false) String aggregate, @RequestParam(required = false) String type,
            @RequestParam(required = false) String user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        EventSelection selection = AuditFilter.parse(aggregate, type, user, from, to);
        return log.all(caller.tenantId(), selection).map(entries::of);
    }

    @GetMapping("/api/v1/pages/{pageId}/events")
    public Mono<ListPage<AuditEntryView>> pageEvents(
            @PathVariable String pageId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return aggregateEvents(caller, "page", "Page", pageId, limit, cursor);
    }

    @GetMapping("/api/v1/notebooks/{notebookId}/events")
    public Mono<ListPage<AuditEntryView>> notebookEvents(
            @PathVariable String notebookId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return aggregateEvents(caller, "notebook", "Notebook", notebookId, limit, cursor);
    }

    @GetMapping("/api/v1/decisions/{decisionId}/events")
    public Mono<ListPage<AuditEntryView>> decisionEvents(
            @PathVariable String decisionId, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return aggregateEvents(caller, "decision", "Decision", decisionId, limit, cursor);
    }

    /** Refusals are problem+json, also when the client asked for NDJSON. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal, ServerWebExchange exchange) {
        return ProblemJson.of(refusal, exchange);
    }

    /** An unknown id, another tenant's, or one of another kind all answer the same 404. */
    private Mono<ListPage<AuditEntryView>> aggregateEvents(Caller caller, String kind, String aggregateType,
                                                           String id, String limit, String cursor) {
        NotFound.parseId(kind, id);
        ListRequest request = ListRequest.parse(limit, cursor);
        return page(caller, EventSelection.ofAggregate(aggregateType, id, null), request)
                .filter(page -> !page.items().isEmpty() || !request.firstPage())
                .switchIfEmpty(Mono.error(() -> NotFound.of(kind, id)));
    }

    private Mono<ListPage<AuditEntryView>> page(Caller caller, EventSelection selection, ListRequest request) {
        long after = request.firstPage() ? -1 : request.afterNumber();
        return log.page(caller.tenantId(), selection, after, request.limit() + 1)
                .map(entries::of)
                .collectList()
                .map(rows -> Keyset.page(rows, request.limit(), entry -> Long.toString(entry.position()),
                        entry -> Long.toString(entry.position())));
    }
}
