package io.quire.query.search;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.search.SearchHitView;
import io.quire.query.shared.Keyset;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.ReadYourWrites;
import io.quire.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Full-text search over the caller's pages, notebooks and decisions (docs/search.md). */
@RestController
public class SearchQueryEndpoint {

    /** Sent, with the number of matches ranked, when a search had more matches than it ranks. */
    public static final String PARTIAL_HEADER = "Quire-Search-Ranked-First";

    private final DatabaseClient db;
    private final ReadYourWrites consistency;
    private final SearchLimit searches;
    private final int maxRanked;

    SearchQueryEndpoint(DatabaseClient db, ReadYourWrites consistency, SearchLimit limit, SearchSettings settings) {
        this.db = db;
        this.consistency = consistency;
        this.searches = limit;
        this.maxRanked = settings.maxRanked();
    }

    @GetMapping("/api/v1/search")
    public Mono<ResponseEntity<ListPage<SearchHitView>>> search(
            @RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String workspace, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        SearchRequest request = SearchRequest.parse(q, type, workspace, limit, cursor, archived);
        UUID tenant = caller.tenantId().value();
        Mono<List<Found>> read = requireWorkspace(tenant, request.workspace())
                .then(searches.run(() -> bind(db.sql(SearchStatement.sql(request.shape())), tenant, request)
                        .map(row -> new Found(hit(row), Boolean.TRUE.equals(row.get("partial", Boolean.class))))
                        .all().collectList()));
        return Reads.list(consistency.await(token, SearchProjection.PROCESSING_GROUP), read)
                .map(answer -> paged(answer, request.limit()));
    }

    /** The page of results, with the consistency header, and the ranking cap's header when a search reached it. */
    private ResponseEntity<ListPage<SearchHitView>> paged(ResponseEntity<List<Found>> answer, int limit) {
        List<Found> rows = answer.getBody();
        ListPage<SearchHitView> page = Keyset.page(rows.stream().map(Found::hit).toList(), limit,
                hit -> Float.toString(hit.rank()), SearchHitView::id);
        ResponseEntity.BodyBuilder built = ResponseEntity.ok().headers(answer.getHeaders());
        if (rows.stream().anyMatch(Found::partial)) {
            built.header(PARTIAL_HEADER, Integer.toString(maxRanked));
        }
        return built.body(page);
    }

    /** One result, and whether the search behind it ranked only the first {@code maxRanked} matches. */
    private record Found(SearchHitView hit, boolean partial) {
    }

    /** The text search configurations a workspace can choose as its search language. */
    @GetMapping("/api/v1/search/languages")
    public Mono<Map<String, Object>> languages() {
        return db.sql("SELECT cfgname FROM pg_ts_config WHERE pg_ts_config_is_visible(oid) ORDER BY cfgname")
                .map(row -> row.get("cfgname", String.class)).all().collectList()
                .map(names -> Map.of("default", SearchProjection.DEFAULT_LANGUAGE, "languages", names));
    }

    /** A workspace filter must name one of the caller's workspaces; any other id answers the usual 404. */
    private Mono<Void> requireWorkspace(UUID tenant, UUID workspace) {
        if (workspace == null) {
            return Mono.empty();
        }
        return db.sql("SELECT 1 FROM search_workspace WHERE tenant_id = :tenant AND workspace_id = :id")
                .bind("tenant", tenant).bind("id", workspace)
                .map(row -> true).one()
                .switchIfEmpty(Mono.error(() -> NotFound.of("workspace", workspace)))
                .then();
    }

    private DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, UUID tenant,
                                                   SearchRequest request) {
        List<SearchSyntax.Term> terms = request.terms();
        DatabaseClient.GenericExecuteSpec bound = spec.bind("tenant", tenant)
                .bind("terms", terms.stream().map(SearchSyntax.Term::text).toArray(String[]::new))
                .bind("prefixes", terms.stream().map(SearchSyntax.Term::prefix).toArray(Boolean[]::new))
                .bind("excluded", terms.stream().map(SearchSyntax.Term::excluded).toArray(Boolean[]::new))
                .bind("groups", terms.stream().map(SearchSyntax.Term::group).toArray(Integer[]::new))
                .bind("limit", request.limit() + 1)
                .bind("candidates", maxRanked);
        if (request.type() != null) {
            bound = bound.bind("type", request.type());
        }
        if (request.workspace() != null) {
            bound = bound.bind("workspace", request.workspace());
        }
        if (request.afterRank() != null) {
            bound = bound.bind("afterRank", request.afterRank()).bind("afterId", request.afterId());
        }
        return bound;
    }

    private static SearchHitView hit(Readable row) {
        UUID notebook = row.get("notebook_id", UUID.class);
        return new SearchHitView(row.get("doc_type", String.class), row.get("doc_id", UUID.class).toString(),
                row.get("workspace_id", UUID.class).toString(), notebook == null ? null : notebook.toString(),
                row.get("title", String.class), SearchText.snippetHtml(row.get("snippet", String.class)),
                row.get("rank", Float.class), row.get("updated_at", Instant.class),
                row.get("status", String.class), Boolean.TRUE.equals(row.get("archived", Boolean.class)));
    }
}
