package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;

/** The page was archived. */
public record PageArchivedEvent(
        PageId pageId,
        TenantId tenantId,
        long version) {
}
