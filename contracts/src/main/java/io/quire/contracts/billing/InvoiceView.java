package io.quire.contracts.billing;

import java.time.Instant;
import java.util.List;

/**
 * An invoice as issued and collected so far. {@code total} is the decimal form of {@code totalMinor} for people;
 * {@code status} is open, past_due, uncollectible, paid or refunded.
 */
public record InvoiceView(
        String invoiceId,
        String kind,
        String status,
        Instant periodStart,
        Instant periodEnd,
        List<InvoiceLine> lines,
        String total,
        long totalMinor,
        String currency,
        int attempts,
        String lastFailure,
        String chargeId,
        String refundId,
        Instant issuedAt,
        Instant paidAt,
        long version) {
}
