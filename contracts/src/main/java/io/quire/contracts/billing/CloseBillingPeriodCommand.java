package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Closes the current billing period ahead of its deadline (an operator action; the deadline does the same). */
public record CloseBillingPeriodCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        Instant closedAt) {
}
