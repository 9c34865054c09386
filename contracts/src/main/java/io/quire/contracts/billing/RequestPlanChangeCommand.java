package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Asks to move to another plan: an upgrade is charged pro rata and applies at once, a downgrade applies at period end. */
public record RequestPlanChangeCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        PlanChangeId changeId,
        PlanTerms target,
        Instant requestedAt,
        Long expectedVersion) {
}
