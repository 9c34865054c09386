package io.quire.query.dashboard.decision;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes the decisions dashboard with SQL over the decisions read model ({@code decision_view},
 * {@code decision_vote}), which the "decisions" projection builds from events alone.
 */
@Component
class DecisionDashboardQuery {

    static final List<String> STATUSES = List.of("proposed", "approved", "rejected", "withdrawn", "superseded");
    static final int WAITED_ON = 10;

    private final DatabaseClient db;

    DecisionDashboardQuery(DatabaseClient db) {
        this.db = db;
    }

    Mono<DecisionDashboard> read(UUID tenant) {
        return Mono.zip(byStatus(tenant), timeToDecision(tenant), waitedOn(tenant))
                .map(parts -> new DecisionDashboard(parts.getT1(), parts.getT2(), parts.getT3()));
    }

    private Mono<Map<String, Long>> byStatus(UUID tenant) {
        return db.sql("SELECT status, count(*) AS decisions FROM decision_view WHERE tenant_id = :tenant "
                        + "GROUP BY status")
                .bind("tenant", tenant)
                .map(row -> Map.entry(row.get("status", String.class), row.get("decisions", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(counts -> {
                    Map<String, Long> all = new LinkedHashMap<>();
                    STATUSES.forEach(status -> all.put(status, counts.getOrDefault(status, 0L)));
                    return all;
                });
    }

    private Mono<DecisionDashboard.TimeToDecision> timeToDecision(UUID tenant) {
        return db.sql("""
                        SELECT count(*) AS decided,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                               percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                        FROM (SELECT extract(epoch FROM decided_at - proposed_at)::float8 AS seconds
                              FROM decision_view WHERE tenant_id = :tenant AND decided_at IS NOT NULL) decided""")
                .bind("tenant", tenant)
                .map(row -> new DecisionDashboard.TimeToDecision(row.get("decided", Long.class),
                        row.get("median", Double.class), row.get("p90", Double.class)))
                .one();
    }

    /** Approvers listed on proposed decisions who have not voted on them yet, most awaited first. */
    private Mono<List<DecisionDashboard.WaitedOn>> waitedOn(UUID tenant) {
        return db.sql("""
                        SELECT a.approver, count(*) AS pending, min(d.proposed_at) AS oldest
                        FROM decision_view d CROSS JOIN LATERAL unnest(d.approvers) AS a(approver)
                        WHERE d.tenant_id = :tenant AND d.status = 'proposed'
                          AND NOT EXISTS (SELECT 1 FROM decision_vote v
                                          WHERE v.decision_id = d.decision_id AND v.approver = a.approver)
                        GROUP BY a.approver ORDER BY pending DESC, oldest, a.approver LIMIT :limit""")
                .bind("tenant", tenant).bind("limit", WAITED_ON)
                .map(row -> new DecisionDashboard.WaitedOn(row.get("approver", String.class),
                        row.get("pending", Long.class), row.get("oldest", Instant.class)))
                .all().collectList();
    }
}
