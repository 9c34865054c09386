package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** A plan change is in force. */
public record PlanActivatedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId,
        String previousPlan,
        PlanTerms plan,
        long version) {
}
