package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues a further API key for a tenant. */
public record IssueApiKeyCommand(
        @TargetAggregateIdentifier TenantId tenantId,
        ApiKeyId keyId,
        String name,
        String prefix,
        String keyHash) {
}
