package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;

/** A tenant now exists, on the given plan. */
public record TenantRegisteredEvent(
        TenantId tenantId,
        String name,
        String plan) {
}
