package io.quire.query.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.contracts.billing.BillingAccountOpenedEvent;
import io.quire.contracts.billing.BillingPeriodClosedEvent;
import io.quire.contracts.billing.PaymentMethodAttachedEvent;
import io.quire.contracts.billing.PlanActivatedEvent;
import io.quire.contracts.billing.PlanChangeCancelledEvent;
import io.quire.contracts.billing.PlanDowngradeScheduledEvent;
import io.quire.contracts.billing.PlanUpgradeRequestedEvent;
import io.quire.contracts.billing.SubscriptionPastDueEvent;
import io.quire.contracts.billing.SubscriptionReactivatedEvent;
import io.quire.contracts.billing.SubscriptionSuspendedEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static java.sql.Timestamp.from;

/** Each tenant's billing account. Idempotent: a row only takes changes of a newer version. */
@Component
@ReadModel(tables = "billing_account_view")
@ProcessingGroup(BillingProjection.PROCESSING_GROUP)
public class BillingProjection {

    public static final String PROCESSING_GROUP = "billing";
    private static final String IF_NEWER = " WHERE account_id = ? AND version < ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public BillingProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(BillingAccountOpenedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO billing_account_view (tenant_id, account_id, status, plan, period_start, period_end,
                                                  version, updated_at)
                VALUES (?, ?, 'trialing', ?::jsonb, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO NOTHING""",
                event.tenantId().value(), event.accountId().value(), write(event.plan()), from(event.periodStart()),
                from(event.periodEnd()), event.version(), from(at));
    }

    @EventHandler
    void on(PaymentMethodAttachedEvent event, @Timestamp Instant at) {
        update("payment_method = ?", event.accountId().value(), event.version(), at, event.paymentMethod());
    }

    @EventHandler
    void on(PlanUpgradeRequestedEvent event, @Timestamp Instant at) {
        update("pending_change_id = ?, pending_plan = ?, pending_kind = 'upgrade', pending_effective_at = NULL",
                event.accountId().value(), event.version(), at, event.changeId().value(), event.target().code());
    }

    @EventHandler
    void on(PlanDowngradeScheduledEvent event, @Timestamp Instant at) {
        update("pending_change_id = ?, pending_plan = ?, pending_kind = 'downgrade', pending_effective_at = ?",
                event.accountId().value(), event.version(), at, event.changeId().value(), event.target().code(),
                from(event.effectiveAt()));
    }

    @EventHandler
    void on(PlanActivatedEvent event, @Timestamp Instant at) {
        update("plan = ?::jsonb, status = CASE status WHEN 'trialing' THEN 'active' ELSE status END, "
                        + "pending_change_id = NULL, pending_plan = NULL, pending_kind = NULL, pending_effective_at = NULL",
                event.accountId().value(), event.version(), at, write(event.plan()));
    }

    @EventHandler
    void on(PlanChangeCancelledEvent event, @Timestamp Instant at) {
        // The right-hand sides see the row before this update, so the cancelled plan is the one that was pending.
        update("cancelled_change_id = ?, cancelled_plan = pending_plan, cancelled_reason = ?, cancelled_at = ?, "
                        + "pending_change_id = NULL, pending_plan = NULL, pending_kind = NULL, pending_effective_at = NULL",
                event.accountId().value(), event.version(), at, event.changeId().value(), event.reason(), from(at));
    }

    @EventHandler
    void on(BillingPeriodClosedEvent event, @Timestamp Instant at) {
        update("period_start = ?, period_end = ?, status = CASE status WHEN 'trialing' THEN 'active' ELSE status END",
                event.accountId().value(), event.version(), at, from(event.periodEnd()),
                from(event.nextPeriodEnd()));
    }

    @EventHandler
    void on(SubscriptionPastDueEvent event, @Timestamp Instant at) {
        update("status = 'past_due'", event.accountId().value(), event.version(), at);
    }

    @EventHandler
    void on(SubscriptionSuspendedEvent event, @Timestamp Instant at) {
        update("status = 'suspended'", event.accountId().value(), event.version(), at);
    }

    @EventHandler
    void on(SubscriptionReactivatedEvent event, @Timestamp Instant at) {
        update("status = 'active'", event.accountId().value(), event.version(), at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM billing_account_view");
    }

    private void update(String assignments, UUID accountId, long version, Instant at, Object... values) {
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = version;
        arguments[values.length + 1] = from(at);
        arguments[values.length + 2] = accountId;
        arguments[values.length + 3] = version;
        jdbc.update("UPDATE billing_account_view SET " + assignments + ", version = ?, updated_at = ?" + IF_NEWER,
                arguments);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
