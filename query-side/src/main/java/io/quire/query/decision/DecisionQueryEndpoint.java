package io.quire.query.decision;

import io.quire.contracts.decision.DecisionView;
import io.quire.contracts.decision.DecisionVoteView;
import io.quire.contracts.identity.Caller;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A single decision in full: its options, where it stands, every vote, its pages and what it replaced. */
@RestController
public class DecisionQueryEndpoint {

    static final String KIND = "decision";

    private final DatabaseClient db;
    private final ReadYourWrites consistency;

    public DecisionQueryEndpoint(DatabaseClient db, ReadYourWrites consistency) {
        this.db = db;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/decisions/{decisionId}")
    public Mono<ResponseEntity<DecisionView>> get(@PathVariable String decisionId,
                                                  @RequestParam(name = "consistency", required = false) String token,
                                                  @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID id = NotFound.parseId(KIND, decisionId);
        UUID tenant = caller.tenantId().value();
        Mono<DecisionView> read = Mono.zip(votes(tenant, id), pageIds(tenant, id))
                .flatMap(parts -> db.sql("""
                                SELECT decision_id, workspace_id, title, context, options, chosen_option, status,
                                       quorum, approvals, approvers, supersedes, superseded_by, proposed_by,
                                       proposed_at, decided_at, updated_at, version
                                FROM decision_view WHERE tenant_id = :tenant AND decision_id = :id""")
                        .bind("tenant", tenant).bind("id", id)
                        .map(row -> detail(row, parts.getT1(), parts.getT2())).one());
        return Reads.single(consistency.await(token, DecisionProjection.PROCESSING_GROUP), read,
                DecisionView::version, NotFound.of(KIND, decisionId));
    }

    private Mono<List<DecisionVoteView>> votes(UUID tenant, UUID id) {
        return db.sql("""
                        SELECT approver, vote, reason, at FROM decision_vote
                        WHERE tenant_id = :tenant AND decision_id = :id ORDER BY version""")
                .bind("tenant", tenant).bind("id", id)
                .map(row -> new DecisionVoteView(row.get("approver", String.class), row.get("vote", String.class),
                        row.get("reason", String.class), row.get("at", Instant.class)))
                .all().collectList();
    }

    private Mono<List<String>> pageIds(UUID tenant, UUID id) {
        return db.sql("""
                        SELECT page_id FROM decision_page_link
                        WHERE tenant_id = :tenant AND decision_id = :id ORDER BY position""")
                .bind("tenant", tenant).bind("id", id)
                .map(row -> row.get("page_id", UUID.class).toString())
                .all().collectList();
    }

    private static DecisionView detail(Readable row, List<DecisionVoteView> votes, List<String> pageIds) {
        return new DecisionView(row.get("decision_id", UUID.class).toString(),
                row.get("workspace_id", UUID.class).toString(), row.get("title", String.class),
                row.get("context", String.class), texts(row, "options"), row.get("chosen_option", String.class),
                row.get("status", String.class), row.get("quorum", Integer.class),
                row.get("approvals", Integer.class), texts(row, "approvers"), votes, pageIds,
                optionalId(row, "supersedes"), optionalId(row, "superseded_by"),
                row.get("proposed_by", String.class), row.get("proposed_at", Instant.class),
                row.get("decided_at", Instant.class), row.get("updated_at", Instant.class),
                row.get("version", Long.class));
    }

    private static List<String> texts(Readable row, String column) {
        return Arrays.asList(row.get(column, String[].class));
    }

    private static String optionalId(Readable row, String column) {
        UUID id = row.get(column, UUID.class);
        return id == null ? null : id.toString();
    }
}
