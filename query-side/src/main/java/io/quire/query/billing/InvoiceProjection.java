package io.quire.query.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.contracts.billing.InvoiceIssuedEvent;
import io.quire.contracts.billing.InvoicePaidEvent;
import io.quire.contracts.billing.InvoicePaymentFailedEvent;
import io.quire.contracts.billing.InvoiceRefundedEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static java.sql.Timestamp.from;

/** Invoices and how their collection went. Idempotent: a row only takes changes of a newer version. */
@Component
@ReadModel(tables = "invoice_view")
@ProcessingGroup(BillingProjection.PROCESSING_GROUP)
public class InvoiceProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public InvoiceProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(InvoiceIssuedEvent event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.update("""
                INSERT INTO invoice_view (invoice_id, tenant_id, kind, status, period_start, period_end, lines,
                                          total_minor, currency, issued_at, version, updated_at)
                VALUES (?, ?, ?, 'open', ?, ?, ?::jsonb, ?, ?, ?, ?, ?) ON CONFLICT (invoice_id) DO NOTHING""",
                event.invoiceId().value(), event.tenantId().value(), event.kind(), from(event.periodStart()),
                from(event.periodEnd()), json.writeValueAsString(event.lines()), event.totalMinor(),
                event.currency(), from(at), event.version(), from(at));
    }

    @EventHandler
    void on(InvoicePaidEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE invoice_view SET status = 'paid', charge_id = ?, paid_at = ?, version = ?, updated_at = ? "
                        + "WHERE invoice_id = ? AND version < ?",
                event.chargeId(), from(at), event.version(), from(at), event.invoiceId().value(), event.version());
    }

    @EventHandler
    void on(InvoicePaymentFailedEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE invoice_view SET status = ?, attempts = ?, last_failure = ?, version = ?, updated_at = ? "
                        + "WHERE invoice_id = ? AND version < ?",
                event.finalAttempt() ? "uncollectible" : "past_due", event.attempt(),
                event.code() + ": " + event.message(), event.version(), from(at), event.invoiceId().value(),
                event.version());
    }

    @EventHandler
    void on(InvoiceRefundedEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE invoice_view SET status = 'refunded', refund_id = ?, version = ?, updated_at = ? "
                        + "WHERE invoice_id = ? AND version < ?",
                event.refundId(), event.version(), from(at), event.invoiceId().value(), event.version());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM invoice_view");
    }
}
