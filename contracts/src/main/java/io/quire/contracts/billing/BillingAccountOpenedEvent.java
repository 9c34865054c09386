package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.time.Instant;

/** The billing account of a tenant exists, trialing on its initial plan, with its first period. */
public record BillingAccountOpenedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        String tenantName,
        PlanTerms plan,
        Instant periodStart,
        Instant periodEnd,
        long version) {
}
