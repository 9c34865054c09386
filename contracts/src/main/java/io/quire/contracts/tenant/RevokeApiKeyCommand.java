package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a key; requests carrying it are refused from then on. */
public record RevokeApiKeyCommand(
        @TargetAggregateIdentifier TenantId tenantId,
        ApiKeyId keyId) {
}
