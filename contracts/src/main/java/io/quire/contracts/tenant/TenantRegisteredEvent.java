package io.quire.contracts.tenant;

import io.quire.contracts.identity.TenantId;

/** A tenant now exists, on the given plan; {@code contactEmail} (may be null) receives its billing mail. */
public record TenantRegisteredEvent(
        TenantId tenantId,
        String name,
        String plan,
        String contactEmail) {
}
