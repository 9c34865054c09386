package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;

/** The page is active again. */
public record PageRestoredEvent(
        PageId pageId,
        TenantId tenantId,
        long version) {
}
