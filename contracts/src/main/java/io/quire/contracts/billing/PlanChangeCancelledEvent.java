package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** A requested plan change was abandoned; the previous plan stays. */
public record PlanChangeCancelledEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId,
        String reason,
        long version) {
}
