package io.quire.query.dashboard.billing;

import io.quire.contracts.billing.InvoicePaymentFailedEvent;
import io.quire.query.dashboard.cache.CacheEviction;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static java.sql.Timestamp.from;

/**
 * Every declined attempt to collect an invoice. The invoice read model keeps only the latest failure of each
 * invoice; the billing dashboards count and list them all. Idempotent: one row per invoice and attempt.
 */
@Component
@ReadModel(tables = "payment_failure")
@ProcessingGroup(PaymentFailureProjection.PROCESSING_GROUP)
public class PaymentFailureProjection {

    public static final String PROCESSING_GROUP = "payment-failures";

    private final JdbcTemplate jdbc;
    private final CacheEviction eviction;

    public PaymentFailureProjection(JdbcTemplate jdbc, CacheEviction eviction) {
        this.jdbc = jdbc;
        this.eviction = eviction;
    }

    @EventHandler
    void on(InvoicePaymentFailedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO payment_failure (invoice_id, attempt, tenant_id, at, reason, final_attempt)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (invoice_id, attempt) DO NOTHING""",
                event.invoiceId().value(), event.attempt(), event.tenantId().value(), from(at),
                event.code() + ": " + event.message(), event.finalAttempt());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM payment_failure");
        eviction.evictDashboard(BillingDashboardEndpoint.DASHBOARD);
    }
}
