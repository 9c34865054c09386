package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Abandons a requested plan change, for example because its charge was declined. */
public record CancelPlanChangeCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId,
        String reason) {
}
