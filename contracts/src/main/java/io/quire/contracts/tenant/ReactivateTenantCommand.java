package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lifts a suspension. */
public record ReactivateTenantCommand(
        @TargetAggregateIdentifier TenantId tenantId) {
}
