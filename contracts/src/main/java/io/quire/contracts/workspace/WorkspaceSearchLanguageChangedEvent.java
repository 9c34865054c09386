package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;

/**
 * The workspace is searched in another language from now on: its documents are indexed again with it. A workspace
 * that never had this event is searched in {@code english}.
 */
public record WorkspaceSearchLanguageChangedEvent(
        WorkspaceId workspaceId,
        TenantId tenantId,
        String language,
        long version) {
}
