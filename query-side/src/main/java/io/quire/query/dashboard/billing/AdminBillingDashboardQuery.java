package io.quire.query.dashboard.billing;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Computes the admin billing dashboard over every tenant's billing account and payment failures. */
@Component
class AdminBillingDashboardQuery {

    static final List<String> ACCOUNT_STATUSES = List.of("trialing", "active", "past_due", "suspended");

    private final DatabaseClient db;

    AdminBillingDashboardQuery(DatabaseClient db) {
        this.db = db;
    }

    Mono<AdminBillingDashboard> read(int limit) {
        return Mono.zip(mrr(), tenantsByStatus(), tenants(limit), failedPayments())
                .map(parts -> new AdminBillingDashboard(parts.getT1(), parts.getT2(), parts.getT3(),
                        parts.getT4()));
    }

    private Mono<List<AdminBillingDashboard.Mrr>> mrr() {
        return db.sql("SELECT b.plan->>'currency' AS currency, sum(" + BillingDashboardQuery.MRR + ")::bigint AS mrr "
                        + "FROM billing_account_view b GROUP BY 1 ORDER BY 1")
                .map(row -> new AdminBillingDashboard.Mrr(row.get("currency", String.class),
                        row.get("mrr", Long.class)))
                .all().collectList();
    }

    private Mono<Map<String, Long>> tenantsByStatus() {
        return db.sql("SELECT status, count(*) AS tenants FROM billing_account_view GROUP BY status")
                .map(row -> Map.entry(row.get("status", String.class), row.get("tenants", Long.class)))
                .all().collectList()
                .map(counts -> {
                    Map<String, Long> byStatus = new LinkedHashMap<>();
                    ACCOUNT_STATUSES.forEach(status -> byStatus.put(status, 0L));
                    counts.forEach(count -> byStatus.put(count.getKey(), count.getValue()));
                    return byStatus;
                });
    }

    private Mono<List<AdminBillingDashboard.TenantRow>> tenants(int limit) {
        return db.sql("""
                        SELECT b.tenant_id, t.name, b.plan->>'code' AS plan, b.status, %s AS mrr,
                               b.plan->>'currency' AS currency
                        FROM billing_account_view b LEFT JOIN tenant_directory t ON t.tenant_id = b.tenant_id
                        ORDER BY mrr DESC, b.tenant_id LIMIT :limit""".formatted(BillingDashboardQuery.MRR))
                .bind("limit", limit)
                .map(row -> new AdminBillingDashboard.TenantRow(row.get("tenant_id", UUID.class).toString(),
                        row.get("name", String.class), row.get("plan", String.class),
                        row.get("status", String.class), row.get("mrr", Long.class),
                        row.get("currency", String.class)))
                .all().collectList();
    }

    private Mono<AdminBillingDashboard.FailedPaymentCount> failedPayments() {
        return db.sql("SELECT count(*) AS failures FROM payment_failure")
                .map(row -> new AdminBillingDashboard.FailedPaymentCount(row.get("failures", Long.class)))
                .one();
    }
}
