package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issues a further API key for a tenant; {@code email} (optional) reaches the person who holds it. */
public record IssueApiKeyCommand(
        @TargetAggregateIdentifier TenantId tenantId,
        ApiKeyId keyId,
        String name,
        String prefix,
        String keyHash,
        String email) {
}
