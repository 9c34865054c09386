package io.quire.query.dashboard.billing;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes a tenant's billing dashboard from the billing read models (account, usage meter, invoices) and the
 * payment failures. Empty when the tenant has no billing account.
 */
@Component
class BillingDashboardQuery {

    static final List<String> INVOICE_STATUSES = List.of("open", "paid", "past_due", "uncollectible", "refunded");
    static final int RECENT_FAILURES = 5;
    /** What a plan earns a month: nothing while suspended. The plan is the JSON of {@code PlanTerms}. */
    static final String MRR = "CASE WHEN b.status = 'suspended' THEN 0 ELSE (b.plan->>'monthlyPriceMinor')::bigint END";

    private final DatabaseClient db;

    BillingDashboardQuery(DatabaseClient db) {
        this.db = db;
    }

    Mono<BillingDashboard> read(UUID tenant) {
        return db.sql("""
                        SELECT b.status, b.plan->>'code' AS plan, b.plan->>'currency' AS currency, %s AS mrr,
                               (b.plan->>'pageQuota')::bigint AS page_quota,
                               (b.plan->>'memberQuota')::bigint AS member_quota,
                               (b.plan->>'apiCallsPerMinute')::bigint AS call_quota,
                               coalesce(u.active_pages, 0) AS pages, coalesce(u.active_members, 0) AS members,
                               coalesce(u.peak_calls_per_minute, 0) AS calls
                        FROM billing_account_view b LEFT JOIN usage_meter u ON u.tenant_id = b.tenant_id
                        WHERE b.tenant_id = :tenant""".formatted(MRR))
                .bind("tenant", tenant)
                .map(BillingDashboardQuery::account).one()
                .flatMap(account -> Mono.zip(invoices(tenant, account.currency()), failedPayments(tenant))
                        .map(parts -> new BillingDashboard(account.currency(), account.mrrMinor(), account.plan(),
                                account.status(), account.usage(), parts.getT1(), parts.getT2())));
    }

    private Mono<BillingDashboard.Invoices> invoices(UUID tenant, String currency) {
        return db.sql("""
                        SELECT status, count(*) AS invoices,
                               coalesce(sum(total_minor) FILTER (WHERE currency = :currency), 0)::bigint AS amount
                        FROM invoice_view WHERE tenant_id = :tenant GROUP BY status""")
                .bind("tenant", tenant).bind("currency", currency)
                .map(row -> new StatusTotal(row.get("status", String.class), row.get("invoices", Long.class),
                        row.get("amount", Long.class)))
                .all().collectList()
                .map(totals -> {
                    Map<String, Long> byStatus = new LinkedHashMap<>();
                    INVOICE_STATUSES.forEach(status -> byStatus.put(status, 0L));
                    long outstanding = 0;
                    for (StatusTotal total : totals) {
                        byStatus.put(total.status(), total.invoices());
                        if (!total.status().equals("paid") && !total.status().equals("refunded")) {
                            outstanding += total.amount();
                        }
                    }
                    return new BillingDashboard.Invoices(byStatus, outstanding);
                });
    }

    private Mono<BillingDashboard.FailedPayments> failedPayments(UUID tenant) {
        Mono<Long> count = db.sql("SELECT count(*) AS failures FROM payment_failure WHERE tenant_id = :tenant")
                .bind("tenant", tenant)
                .map(row -> row.get("failures", Long.class)).one();
        Mono<List<BillingDashboard.FailedPayment>> recent = db.sql("""
                        SELECT invoice_id, at, reason FROM payment_failure WHERE tenant_id = :tenant
                        ORDER BY at DESC, invoice_id, attempt DESC LIMIT :limit""")
                .bind("tenant", tenant).bind("limit", RECENT_FAILURES)
                .map(row -> new BillingDashboard.FailedPayment(row.get("invoice_id", UUID.class).toString(),
                        row.get("at", Instant.class), row.get("reason", String.class)))
                .all().collectList();
        return Mono.zip(count, recent).map(parts -> new BillingDashboard.FailedPayments(parts.getT1(), parts.getT2()));
    }

    private static Account account(Readable row) {
        List<BillingDashboard.Usage> usage = List.of(
                new BillingDashboard.Usage("pages", row.get("pages", Long.class), row.get("page_quota", Long.class)),
                new BillingDashboard.Usage("members", row.get("members", Long.class),
                        row.get("member_quota", Long.class)),
                new BillingDashboard.Usage("apiCalls", row.get("calls", Long.class),
                        row.get("call_quota", Long.class)));
        return new Account(row.get("currency", String.class), row.get("mrr", Long.class),
                row.get("plan", String.class), row.get("status", String.class), usage);
    }

    private record Account(String currency, long mrrMinor, String plan, String status,
                           List<BillingDashboard.Usage> usage) {
    }

    private record StatusTotal(String status, long invoices, long amount) {
    }
}
