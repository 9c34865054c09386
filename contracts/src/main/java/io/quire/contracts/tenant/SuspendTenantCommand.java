package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suspends a tenant: its credentials stop working until it is reactivated. */
public record SuspendTenantCommand(
        @TargetAggregateIdentifier TenantId tenantId,
        String reason) {
}
