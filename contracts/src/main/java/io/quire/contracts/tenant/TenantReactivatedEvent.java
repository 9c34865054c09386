package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;

/** The tenant may act again. */
public record TenantReactivatedEvent(
        TenantId tenantId) {
}
