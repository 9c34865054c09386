package io.quire.query.page;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.page.PageAtVersionView;
import io.quire.contracts.page.PageDiffView;
import io.quire.contracts.page.PageSummaryView;
import io.quire.contracts.page.PageVersionView;
import io.quire.contracts.page.PageView;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.query.notebook.NotebookProjection;
import io.quire.query.shared.Keyset;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.Parents;
import io.quire.query.shared.ReadYourWrites;
import io.quire.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Page detail, the pages of a notebook, and each page's history: versions, any past version, and diffs. */
@RestController
public class PageQueryEndpoint {

    private static final String KIND = "page";
    private static final String DETAIL_COLUMNS =
            "page_id, workspace_id, notebook_id, title, body, archived, version, created_at, updated_at, updated_by";

    private final DatabaseClient db;
    private final Parents parents;
    private final ReadYourWrites consistency;
    private final PageTimeline timeline;

    public PageQueryEndpoint(DatabaseClient db, Parents parents, ReadYourWrites consistency, PageTimeline timeline) {
        this.db = db;
        this.parents = parents;
        this.consistency = consistency;
        this.timeline = timeline;
    }

    @GetMapping("/api/v1/pages/{pageId}")
    public Mono<ResponseEntity<PageView>> get(@PathVariable String pageId,
                                              @RequestParam(name = "consistency", required = false) String token,
                                              @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID id = NotFound.parseId(KIND, pageId);
        Mono<PageView> read = db.sql("SELECT " + DETAIL_COLUMNS
                        + " FROM page_view WHERE tenant_id = :tenant AND page_id = :id")
                .bind("tenant", caller.tenantId().value()).bind("id", id)
                .map(PageQueryEndpoint::detail).one();
        return Reads.single(consistency.await(token, PageProjection.PROCESSING_GROUP), read, PageView::version,
                NotFound.of(KIND, pageId));
    }

    @GetMapping("/api/v1/notebooks/{notebookId}/pages")
    public Mono<ResponseEntity<ListPage<PageSummaryView>>> list(
            @PathVariable String notebookId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID notebook = NotFound.parseId("notebook", notebookId);
        ListRequest request = ListRequest.parse(limit, cursor);
        String sql = "SELECT page_id, title, archived, version, created_at, updated_at, updated_by FROM page_view "
                + "WHERE tenant_id = :tenant AND notebook_id = :nb " + (archived ? "" : "AND NOT archived ")
                + Keyset.afterCreated(request, "page_id") + " ORDER BY created_at, page_id LIMIT :limit";
        Mono<ListPage<PageSummaryView>> read = parents.require(caller.tenantId(), Parents.Kind.NOTEBOOK, notebook)
                .then(Keyset.bindAfterCreated(db.sql(sql), request)
                        .bind("tenant", caller.tenantId().value()).bind("nb", notebook)
                        .map(row -> new Listed(row.get("created_at", Instant.class), summary(row)))
                        .all().collectList()
                        .map(rows -> Keyset.page(rows, request.limit(), r -> r.createdAt().toString(),
                                r -> r.view().id()))
                        .map(page -> new ListPage<>(page.items().stream().map(Listed::view).toList(),
                                page.nextCursor())));
        return Reads.list(consistency.await(token, NotebookProjection.PROCESSING_GROUP,
                PageProjection.PROCESSING_GROUP), read);
    }

    @GetMapping("/api/v1/pages/{pageId}/versions")
    public Mono<ResponseEntity<ListPage<PageVersionView>>> versions(
            @PathVariable String pageId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID id = NotFound.parseId(KIND, pageId);
        ListRequest request = ListRequest.parse(limit, cursor);
        String after = request.firstPage() ? "" : "AND version < :afterVersion";
        DatabaseClient.GenericExecuteSpec query = db.sql("""
                        SELECT version, at, by_principal, title, change FROM page_version
                        WHERE tenant_id = :tenant AND page_id = :id %s ORDER BY version DESC LIMIT :limit"""
                        .formatted(after))
                .bind("tenant", caller.tenantId().value()).bind("id", id).bind("limit", request.limit() + 1);
        if (!request.firstPage()) {
            query = query.bind("afterVersion", request.afterNumber());
        }
        Mono<ListPage<PageVersionView>> read = query
                .map(row -> new PageVersionView(row.get("version", Long.class), row.get("at", Instant.class),
                        row.get("by_principal", String.class), row.get("title", String.class),
                        row.get("change", String.class)))
                .all().collectList()
                .filter(rows -> !rows.isEmpty() || !request.firstPage())
                .switchIfEmpty(Mono.error(() -> NotFound.of(KIND, pageId)))
                .map(rows -> Keyset.page(rows, request.limit(), v -> Long.toString(v.version()),
                        v -> pageId));
        return Reads.list(consistency.await(token, PageHistoryProjection.PROCESSING_GROUP), read);
    }

    @GetMapping("/api/v1/pages/{pageId}/versions/{version}")
    public Mono<ResponseEntity<PageAtVersionView>> atVersion(@PathVariable String pageId,
                                                             @PathVariable String version,
                                                             @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotFound.parseId(KIND, pageId);
        long wanted = versionNumber(version, () -> NotFound.of("page version", pageId + "/" + version));
        return rebuild(caller, pageId, List.of(wanted))
                .flatMap(states -> Mono.justOrEmpty(states.get(wanted)))
                .switchIfEmpty(Mono.error(() -> NotFound.of("page version", pageId + "/" + version)))
                .map(view -> ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view));
    }

    @GetMapping("/api/v1/pages/{pageId}/diff")
    public Mono<PageDiffView> diff(@PathVariable String pageId,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotFound.parseId(KIND, pageId);
        long a = versionNumber(from, () -> badVersion("from"));
        long b = versionNumber(to, () -> badVersion("to"));
        return rebuild(caller, pageId, List.of(a, b)).flatMap(states -> {
            if (!states.containsKey(a) || !states.containsKey(b)) {
                long missing = states.containsKey(a) ? b : a;
                return Mono.error(NotFound.of("page version", pageId + "/" + missing));
            }
            return Mono.just(new PageDiffView(pageId, a, b, UnifiedDiff.of(states.get(a), states.get(b))));
        });
    }

    private Mono<Map<Long, PageAtVersionView>> rebuild(Caller caller, String pageId, List<Long> versions) {
        return Mono.fromCallable(() -> timeline.at(caller.tenantId(), pageId, versions))
                .subscribeOn(Schedulers.boundedElastic());
    }


    private static long versionNumber(String raw, Supplier<RuntimeException> invalid) {
        try {
            long version = Long.parseLong(raw == null ? "" : raw.trim());
            if (version < 1) {
                throw invalid.get();
            }
            return version;
        } catch (NumberFormatException e) {
            throw invalid.get();
        }
    }

    private static ResponseStatusException badVersion(String parameter) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter + " must be a version number from 1 up");
    }

    private static PageView detail(Readable row) {
        return new PageView(row.get("page_id", UUID.class).toString(), row.get("workspace_id", UUID.class).toString(),
                row.get("notebook_id", UUID.class).toString(), row.get("title", String.class),
                row.get("body", String.class), Boolean.TRUE.equals(row.get("archived", Boolean.class)),
                row.get("version", Long.class), row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class), row.get("updated_by", String.class));
    }

    private static PageSummaryView summary(Readable row) {
        return new PageSummaryView(row.get("page_id", UUID.class).toString(), row.get("title", String.class),
                Boolean.TRUE.equals(row.get("archived", Boolean.class)), row.get("version", Long.class),
                row.get("updated_at", Instant.class), row.get("updated_by", String.class));
    }

    /** A list row with the sort key the cursor needs but the view does not show. */
    private record Listed(Instant createdAt, PageSummaryView view) {
    }
}
