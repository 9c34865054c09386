package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a requested plan change into force. */
public record ActivatePlanCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId) {
}
