package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Opens the billing account of a newly registered tenant, on its initial plan, with its first period. */
public record OpenBillingAccountCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        String tenantName,
        PlanTerms plan,
        Instant periodStart) {
}
