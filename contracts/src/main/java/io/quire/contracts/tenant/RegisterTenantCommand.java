package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new tenant together with its first API key. Only the hash of the key travels; the secret is shown once to the caller.
 * {@code contactEmail} (optional) receives billing mail and belongs to the first key. */
public record RegisterTenantCommand(
        @TargetAggregateIdentifier TenantId tenantId,
        String name,
        String plan,
        ApiKeyId firstKeyId,
        String firstKeyName,
        String firstKeyPrefix,
        String firstKeyHash,
        String contactEmail) {
}
