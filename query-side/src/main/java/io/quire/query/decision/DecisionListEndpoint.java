package io.quire.query.decision;

import io.quire.contracts.decision.DecisionSummaryView;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.query.page.PageProjection;
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
import java.util.List;
import java.util.UUID;

/** The decisions of a workspace, optionally of one status, and the decisions that link to a page; oldest first. */
@RestController
public class DecisionListEndpoint {

    private static final List<String> STATUSES = List.of("proposed", "approved", "rejected", "withdrawn", "superseded");
    private static final String COLUMNS = "d.decision_id, d.workspace_id, d.title, d.chosen_option, d.status, "
            + "d.quorum, d.approvals, d.proposed_by, d.proposed_at, d.decided_at, d.version";

    private final DatabaseClient db;
    private final Parents parents;
    private final ReadYourWrites consistency;

    public DecisionListEndpoint(DatabaseClient db, Parents parents, ReadYourWrites consistency) {
        this.db = db;
        this.parents = parents;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/decisions")
    public Mono<ResponseEntity<ListPage<DecisionSummaryView>>> ofWorkspace(
            @PathVariable String workspaceId, @RequestParam(required = false) String status,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID workspace = NotFound.parseId("workspace", workspaceId);
        ListRequest request = ListRequest.parse(limit, cursor);
        String sql = "SELECT " + COLUMNS + " FROM decision_view d WHERE d.tenant_id = :tenant AND d.workspace_id = :ws "
                + (status == null ? "" : "AND d.status = :status ")
                + Keyset.after(request, "d.proposed_at", "d.decision_id")
                + " ORDER BY d.proposed_at, d.decision_id LIMIT :limit";
        DatabaseClient.GenericExecuteSpec query = Keyset.bindAfterCreated(db.sql(sql), request)
                .bind("tenant", caller.tenantId().value()).bind("ws", workspace);
        if (status != null) {
            query = query.bind("status", requireStatus(status));
        }
        Mono<ListPage<DecisionSummaryView>> read = parents.require(caller.tenantId(), Parents.Kind.WORKSPACE, workspace).then(page(query, request));
        return Reads.list(consistency.await(token, WorkspaceProjection.PROCESSING_GROUP,
                DecisionProjection.PROCESSING_GROUP), read);
    }

    @GetMapping("/api/v1/pages/{pageId}/decisions")
    public Mono<ResponseEntity<ListPage<DecisionSummaryView>>> ofPage(
            @PathVariable String pageId,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor,
            @RequestParam(name = "consistency", required = false) String token,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID page = NotFound.parseId("page", pageId);
        ListRequest request = ListRequest.parse(limit, cursor);
        String sql = "SELECT " + COLUMNS + " FROM decision_page_link l JOIN decision_view d "
                + "ON d.decision_id = l.decision_id AND d.tenant_id = l.tenant_id "
                + "WHERE l.tenant_id = :tenant AND l.page_id = :page "
                + Keyset.after(request, "l.proposed_at", "l.decision_id")
                + " ORDER BY l.proposed_at, l.decision_id LIMIT :limit";
        DatabaseClient.GenericExecuteSpec query = Keyset.bindAfterCreated(db.sql(sql), request)
                .bind("tenant", caller.tenantId().value()).bind("page", page);
        Mono<ListPage<DecisionSummaryView>> read = parents.require(caller.tenantId(), Parents.Kind.PAGE, page).then(page(query, request));
        return Reads.list(consistency.await(token, PageProjection.PROCESSING_GROUP,
                DecisionProjection.PROCESSING_GROUP), read);
    }

    private static String requireStatus(String status) {
        if (!STATUSES.contains(status)) {
            throw new ListRequest.Invalid("status", "status must be one of " + String.join(", ", STATUSES));
        }
        return status;
    }

    private Mono<ListPage<DecisionSummaryView>> page(DatabaseClient.GenericExecuteSpec query, ListRequest request) {
        return query.map(DecisionListEndpoint::summary).all().collectList()
                .map(rows -> Keyset.page(rows, request.limit(), v -> v.proposedAt().toString(),
                        DecisionSummaryView::id));
    }

    /** The parent of a list must be the caller's, or the list answers 404 like the parent itself would. */

    private static DecisionSummaryView summary(Readable row) {
        return new DecisionSummaryView(row.get("decision_id", UUID.class).toString(),
                row.get("workspace_id", UUID.class).toString(), row.get("title", String.class),
                row.get("chosen_option", String.class), row.get("status", String.class),
                row.get("quorum", Integer.class), row.get("approvals", Integer.class),
                row.get("proposed_by", String.class), row.get("proposed_at", Instant.class),
                row.get("decided_at", Instant.class), row.get("version", Long.class));
    }
}
