package io.quire.command.tenant;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.tenant.ApiKeyId;

/** What an API key resolves to when it is presented. */
public record Credential(ApiKeyId keyId, TenantId tenantId, boolean revoked, boolean tenantSuspended) {

    public String principal() {
        return "key:" + keyId;
    }
}
