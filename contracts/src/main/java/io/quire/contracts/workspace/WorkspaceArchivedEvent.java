package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;

/** The workspace was archived. */
public record WorkspaceArchivedEvent(
        WorkspaceId workspaceId,
        TenantId tenantId,
        long version) {
}
