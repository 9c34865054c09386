package io.quire.query.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.contracts.billing.BillingView;
import io.quire.contracts.billing.CancelledPlanChangeView;
import io.quire.contracts.billing.PendingPlanChangeView;
import io.quire.contracts.billing.PlanTerms;
import io.quire.contracts.billing.UsageView;
import io.quire.contracts.identity.Caller;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's billing account: plan, pending change, payment method, period, and usage against the quotas. */
@RestController
public class BillingQueryEndpoint {

    private final DatabaseClient db;
    private final ReadYourWrites consistency;
    private final ObjectMapper json;

    public BillingQueryEndpoint(DatabaseClient db, ReadYourWrites consistency, ObjectMapper json) {
        this.db = db;
        this.consistency = consistency;
        this.json = json;
    }

    @GetMapping("/api/v1/billing")
    public Mono<ResponseEntity<BillingView>> get(@RequestParam(name = "consistency", required = false) String token,
                                                 @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID tenant = caller.tenantId().value();
        Mono<BillingView> read = db.sql("""
                        SELECT b.account_id, b.status, b.plan::text AS plan, b.pending_change_id, b.pending_plan,
                               b.pending_kind, b.pending_effective_at, b.cancelled_change_id, b.cancelled_plan,
                               b.cancelled_reason, b.cancelled_at, b.payment_method, b.period_start, b.period_end,
                               b.version, coalesce(u.active_pages, 0) AS active_pages,
                               coalesce(u.active_members, 0) AS active_members,
                               coalesce(u.peak_calls_per_minute, 0) AS peak_calls_per_minute
                        FROM billing_account_view b LEFT JOIN usage_meter u ON u.tenant_id = b.tenant_id
                        WHERE b.tenant_id = :tenant""")
                .bind("tenant", tenant)
                .map(this::view).one();
        return Reads.single(consistency.await(token, BillingProjection.PROCESSING_GROUP,
                UsageMeterProjection.PROCESSING_GROUP), read, BillingView::version,
                NotFound.of("billing account", caller.tenantId().toString()));
    }

    private BillingView view(Readable row) {
        PlanTerms plan = plan(row.get("plan", String.class));
        UUID pendingId = row.get("pending_change_id", UUID.class);
        PendingPlanChangeView pending = pendingId == null ? null : new PendingPlanChangeView(pendingId.toString(),
                row.get("pending_plan", String.class), row.get("pending_kind", String.class),
                row.get("pending_effective_at", Instant.class));
        UUID cancelledId = row.get("cancelled_change_id", UUID.class);
        CancelledPlanChangeView cancelled = cancelledId == null ? null : new CancelledPlanChangeView(
                cancelledId.toString(), row.get("cancelled_plan", String.class),
                row.get("cancelled_reason", String.class), row.get("cancelled_at", Instant.class));
        List<UsageView> usage = List.of(
                usage("pages", row.get("active_pages", Long.class), plan.pageQuota()),
                usage("members", row.get("active_members", Long.class), plan.memberQuota()),
                usage("apiCallsPerMinute", row.get("peak_calls_per_minute", Long.class), plan.apiCallsPerMinute()));
        return new BillingView(row.get("account_id", UUID.class).toString(), row.get("status", String.class), plan,
                pending, cancelled, row.get("payment_method", String.class), row.get("period_start", Instant.class),
                row.get("period_end", Instant.class), usage, row.get("version", Long.class));
    }

    private static UsageView usage(String meter, long used, long quota) {
        return new UsageView(meter, used, quota, quota == 0 ? 0 : used * 100 / quota);
    }

    private PlanTerms plan(String raw) {
        try {
            return json.readValue(raw, PlanTerms.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
