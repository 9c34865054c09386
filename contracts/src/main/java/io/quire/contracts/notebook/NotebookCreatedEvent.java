package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.workspace.WorkspaceId;

/** A notebook exists, at version 1. */
public record NotebookCreatedEvent(
        NotebookId notebookId,
        TenantId tenantId,
        WorkspaceId workspaceId,
        String title,
        long version) {
}
