package io.quire.query.workspace;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.contracts.workspace.WorkspaceView;
import io.quire.query.shared.Keyset;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.ReadYourWrites;
import io.quire.query.shared.Reads;
import io.r2dbc.spi.Readable;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

/** The caller's workspaces. */
@RestController
public class WorkspaceQueryEndpoint {

    private static final String COLUMNS =
            "workspace_id, name, archived, version, created_at, updated_at, updated_by, search_language";

    private final DatabaseClient db;
    private final ReadYourWrites consistency;

    public WorkspaceQueryEndpoint(DatabaseClient db, ReadYourWrites consistency) {
        this.db = db;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/workspaces")
    public Mono<ResponseEntity<ListPage<WorkspaceView>>> list(
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ListRequest request = ListRequest.parse(limit, cursor);
        String sql = "SELECT " + COLUMNS + " FROM workspace_view WHERE tenant_id = :tenant "
                + (archived ? "" : "AND NOT archived ") + Keyset.afterCreated(request, "workspace_id")
                + " ORDER BY created_at, workspace_id LIMIT :limit";
        Mono<ListPage<WorkspaceView>> read = Keyset.bindAfterCreated(db.sql(sql), request)
                .bind("tenant", caller.tenantId().value())
                .map(WorkspaceQueryEndpoint::view).all().collectList()
                .map(rows -> Keyset.page(rows, request.limit(), v -> v.createdAt().toString(), WorkspaceView::id));
        return Reads.list(consistency.await(token, WorkspaceProjection.PROCESSING_GROUP), read);
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}")
    public Mono<ResponseEntity<WorkspaceView>> get(@PathVariable String workspaceId,
                                                   @RequestParam(name = "consistency", required = false) String token,
                                                   @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID id = NotFound.parseId("workspace", workspaceId);
        Mono<WorkspaceView> read = db.sql("SELECT " + COLUMNS
                        + " FROM workspace_view WHERE tenant_id = :tenant AND workspace_id = :id")
                .bind("tenant", caller.tenantId().value()).bind("id", id)
                .map(WorkspaceQueryEndpoint::view).one();
        return Reads.single(consistency.await(token, WorkspaceProjection.PROCESSING_GROUP), read,
                WorkspaceView::version, NotFound.of("workspace", workspaceId));
    }

    private static WorkspaceView view(Readable row) {
        return new WorkspaceView(row.get("workspace_id", UUID.class).toString(), row.get("name", String.class),
                Boolean.TRUE.equals(row.get("archived", Boolean.class)), row.get("version", Long.class),
                row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
                row.get("updated_by", String.class), row.get("search_language", String.class));
    }
}
