package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.time.Instant;

/** A downgrade was asked for; it applies when the current period ends. */
public record PlanDowngradeScheduledEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId,
        String fromPlan,
        PlanTerms target,
        Instant effectiveAt,
        long version) {
}
