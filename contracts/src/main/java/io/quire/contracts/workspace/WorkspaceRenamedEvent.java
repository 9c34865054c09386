package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;

/** The workspace carries a new name. */
public record WorkspaceRenamedEvent(
        WorkspaceId workspaceId,
        TenantId tenantId,
        String name,
        long version) {
}
