package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;

/** The key no longer authenticates anyone. */
public record ApiKeyRevokedEvent(
        TenantId tenantId,
        ApiKeyId keyId) {
}
