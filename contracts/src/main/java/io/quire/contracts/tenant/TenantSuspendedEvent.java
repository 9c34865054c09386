package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;

/** The tenant was suspended; its keys answer 403 until reactivation. */
public record TenantSuspendedEvent(
        TenantId tenantId,
        String reason) {
}
