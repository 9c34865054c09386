package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.time.Instant;

/** An upgrade was asked for; it applies once {@code prorationMinor} (the price difference for the rest of the period) is paid. */
public record PlanUpgradeRequestedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId,
        String fromPlan,
        PlanTerms target,
        long prorationMinor,
        String currency,
        String paymentMethod,
        InvoiceId invoiceId,
        Instant requestedAt,
        Instant periodEnd,
        long version) {
}
