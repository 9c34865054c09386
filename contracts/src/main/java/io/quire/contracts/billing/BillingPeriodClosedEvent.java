package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.time.Instant;

/** A billing period ended on {@code plan}; the next one runs until {@code nextPeriodEnd}. Its invoice will be {@code invoiceId}. */
public record BillingPeriodClosedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        String tenantName,
        InvoiceId invoiceId,
        Instant periodStart,
        Instant periodEnd,
        Instant nextPeriodEnd,
        PlanTerms plan,
        String paymentMethod,
        long version) {
}
