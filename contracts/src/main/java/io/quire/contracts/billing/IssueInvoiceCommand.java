package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Issues an invoice. A {@code period} invoice is then collected; a {@code proration} invoice is issued already paid by {@code chargeId}. */
public record IssueInvoiceCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        String kind,
        Instant periodStart,
        Instant periodEnd,
        List<InvoiceLine> lines,
        String currency,
        String paymentMethod,
        String chargeId) {
}
