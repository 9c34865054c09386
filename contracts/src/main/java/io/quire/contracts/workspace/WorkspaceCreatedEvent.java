package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;

/** A workspace exists, at version 1. */
public record WorkspaceCreatedEvent(
        WorkspaceId workspaceId,
        TenantId tenantId,
        String name,
        long version) {
}
