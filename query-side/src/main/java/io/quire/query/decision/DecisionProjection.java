package io.quire.query.decision;

import io.quire.contracts.decision.DecisionApprovalRecordedEvent;
import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionProposedEvent;
import io.quire.contracts.decision.DecisionRejectedEvent;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.decision.DecisionWithdrawnEvent;
import io.quire.contracts.decision.PredecessorSupersededEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static java.sql.Timestamp.from;

/**
 * Each decision's current state, its votes and the pages it links to. Idempotent: rows are inserted once by key and
 * the decision's row only takes changes of a newer version.
 */
@Component
@ReadModel(tables = {"decision_view", "decision_vote", "decision_page_link"})
@ProcessingGroup(DecisionProjection.PROCESSING_GROUP)
public class DecisionProjection {

    public static final String PROCESSING_GROUP = "decisions";

    private final JdbcTemplate jdbc;

    public DecisionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DecisionProposedEvent event, @Timestamp Instant at) {
        UUID id = event.decisionId().value();
        jdbc.update("""
                INSERT INTO decision_view (decision_id, tenant_id, workspace_id, title, context, options,
                                           chosen_option, status, quorum, approvals, approvers, proposed_by,
                                           proposed_at, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'proposed', ?, 0, ?, ?, ?, ?, ?) ON CONFLICT (decision_id) DO NOTHING""",
                id, event.tenantId().value(), event.workspaceId().value(), event.title(), event.context(),
                event.options().toArray(String[]::new), event.chosenOption(), event.quorum(),
                event.approvers().toArray(String[]::new), event.proposedBy(), from(at), event.version(), from(at));
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < event.pageIds().size(); i++) {
            links.add(new Object[]{id, event.pageIds().get(i).value(), event.tenantId().value(), i, from(at)});
        }
        jdbc.batchUpdate("""
                INSERT INTO decision_page_link (decision_id, page_id, tenant_id, position, proposed_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (decision_id, page_id) DO NOTHING""", links);
    }

    @EventHandler
    void on(DecisionApprovalRecordedEvent event, @Timestamp Instant at) {
        UUID id = event.decisionId().value();
        vote(id, event.tenantId().value(), event.approver(), "approve", null, at, event.version());
        jdbc.update("UPDATE decision_view SET approvals = ?, version = ?, updated_at = ? "
                        + "WHERE decision_id = ? AND version < ?",
                event.approvals(), event.version(), from(at), id, event.version());
    }

    @EventHandler
    void on(DecisionApprovedEvent event, @Timestamp Instant at) {
        UUID id = event.decisionId().value();
        vote(id, event.tenantId().value(), event.approver(), "approve", null, at, event.version());
        jdbc.update("UPDATE decision_view SET status = 'approved', approvals = ?, decided_at = ?, version = ?, "
                        + "updated_at = ? WHERE decision_id = ? AND version < ?",
                event.approvals(), from(at), event.version(), from(at), id, event.version());
    }

    @EventHandler
    void on(DecisionRejectedEvent event, @Timestamp Instant at) {
        UUID id = event.decisionId().value();
        vote(id, event.tenantId().value(), event.approver(), "reject", event.reason(), at, event.version());
        jdbc.update("UPDATE decision_view SET status = 'rejected', decided_at = ?, version = ?, updated_at = ? "
                        + "WHERE decision_id = ? AND version < ?",
                from(at), event.version(), from(at), id, event.version());
    }

    @EventHandler
    void on(DecisionWithdrawnEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE decision_view SET status = 'withdrawn', version = ?, updated_at = ? "
                        + "WHERE decision_id = ? AND version < ?",
                event.version(), from(at), event.decisionId().value(), event.version());
    }

    @EventHandler
    void on(DecisionSupersededEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE decision_view SET status = 'superseded', superseded_by = ?, version = ?, updated_at = ? "
                        + "WHERE decision_id = ? AND version < ?",
                event.supersededBy().value(), event.version(), from(at), event.decisionId().value(), event.version());
    }

    @EventHandler
    void on(PredecessorSupersededEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE decision_view SET supersedes = ?, version = ?, updated_at = ? "
                        + "WHERE decision_id = ? AND version < ?",
                event.supersedes().value(), event.version(), from(at), event.decisionId().value(), event.version());
    }

    private void vote(UUID decisionId, UUID tenantId, String approver, String vote, String reason, Instant at,
                      long version) {
        jdbc.update("""
                INSERT INTO decision_vote (decision_id, approver, tenant_id, vote, reason, at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (decision_id, approver) DO NOTHING""",
                decisionId, approver, tenantId, vote, reason, from(at), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM decision_vote");
        jdbc.update("DELETE FROM decision_page_link");
        jdbc.update("DELETE FROM decision_view");
    }
}
