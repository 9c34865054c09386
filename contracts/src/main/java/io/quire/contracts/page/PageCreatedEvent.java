package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.workspace.WorkspaceId;

/** A page exists, at version 1, with its first title and body. */
public record PageCreatedEvent(
        PageId pageId,
        TenantId tenantId,
        WorkspaceId workspaceId,
        NotebookId notebookId,
        String title,
        String body,
        long version) {
}
