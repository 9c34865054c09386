package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.time.Instant;
import java.util.List;

/** An invoice was issued for a period ({@code kind} is {@code period} or {@code proration}). */
public record InvoiceIssuedEvent(
        InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        String kind,
        Instant periodStart,
        Instant periodEnd,
        List<InvoiceLine> lines,
        long totalMinor,
        String currency,
        long version) {
}
