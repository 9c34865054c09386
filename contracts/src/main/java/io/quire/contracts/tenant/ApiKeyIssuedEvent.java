package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;

/** A key was issued. {@code prefix} is the visible start of the secret, {@code keyHash} its SHA-256; the secret itself is never stored.
 * {@code email} (may be null) reaches the holder, for example when a decision they approve is settled. */
public record ApiKeyIssuedEvent(
        TenantId tenantId,
        ApiKeyId keyId,
        String name,
        String prefix,
        String keyHash,
        String email) {
}
