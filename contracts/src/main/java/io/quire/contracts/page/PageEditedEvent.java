package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;

/** A new version of the page, carrying its full title and body so any version can be shown on its own. */
public record PageEditedEvent(
        PageId pageId,
        TenantId tenantId,
        String title,
        String body,
        long version) {
}
