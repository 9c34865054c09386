package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.time.Instant;

/** {@code calls} API calls were answered for the tenant in the minute starting at {@code minute}. */
public record ApiUsageRecordedEvent(
        TenantId tenantId,
        Instant minute,
        long calls) {
}
