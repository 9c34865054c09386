package io.quire.query.notebook;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.notebook.NotebookView;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.query.shared.Keyset;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.Parents;
import io.quire.query.shared.ReadYourWrites;
import io.quire.query.shared.Reads;
import io.quire.query.workspace.WorkspaceProjection;
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

/** The notebooks of a workspace, and single notebooks. */
@RestController
public class NotebookQueryEndpoint {

    private static final String COLUMNS =
            "notebook_id, workspace_id, title, archived, version, created_at, updated_at, updated_by";

    private final DatabaseClient db;
    private final Parents parents;
    private final ReadYourWrites consistency;

    public NotebookQueryEndpoint(DatabaseClient db, Parents parents, ReadYourWrites consistency) {
        this.db = db;
        this.parents = parents;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/notebooks")
    public Mono<ResponseEntity<ListPage<NotebookView>>> list(
            @PathVariable String workspaceId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID workspace = NotFound.parseId("workspace", workspaceId);
        ListRequest request = ListRequest.parse(limit, cursor);
        String sql = "SELECT " + COLUMNS + " FROM notebook_view WHERE tenant_id = :tenant AND workspace_id = :ws "
                + (archived ? "" : "AND NOT archived ") + Keyset.afterCreated(request, "notebook_id")
                + " ORDER BY created_at, notebook_id LIMIT :limit";
        Mono<ListPage<NotebookView>> read = parents.require(caller.tenantId(), Parents.Kind.WORKSPACE, workspace)
                .then(Keyset.bindAfterCreated(db.sql(sql), request)
                        .bind("tenant", caller.tenantId().value()).bind("ws", workspace)
                        .map(NotebookQueryEndpoint::view).all().collectList()
                        .map(rows -> Keyset.page(rows, request.limit(), v -> v.createdAt().toString(),
                                NotebookView::id)));
        return Reads.list(consistency.await(token, WorkspaceProjection.PROCESSING_GROUP,
                NotebookProjection.PROCESSING_GROUP), read);
    }

    @GetMapping("/api/v1/notebooks/{notebookId}")
    public Mono<ResponseEntity<NotebookView>> get(@PathVariable String notebookId,
                                                  @RequestParam(name = "consistency", required = false) String token,
                                                  @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID id = NotFound.parseId("notebook", notebookId);
        Mono<NotebookView> read = db.sql("SELECT " + COLUMNS
                        + " FROM notebook_view WHERE tenant_id = :tenant AND notebook_id = :id")
                .bind("tenant", caller.tenantId().value()).bind("id", id)
                .map(NotebookQueryEndpoint::view).one();
        return Reads.single(consistency.await(token, NotebookProjection.PROCESSING_GROUP), read,
                NotebookView::version, NotFound.of("notebook", notebookId));
    }


    private static NotebookView view(Readable row) {
        return new NotebookView(row.get("notebook_id", UUID.class).toString(),
                row.get("workspace_id", UUID.class).toString(), row.get("title", String.class),
                Boolean.TRUE.equals(row.get("archived", Boolean.class)), row.get("version", Long.class),
                row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
                row.get("updated_by", String.class));
    }
}
