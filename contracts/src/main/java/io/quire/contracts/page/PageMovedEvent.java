package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;

/** The page now lives in another notebook. */
public record PageMovedEvent(
        PageId pageId,
        TenantId tenantId,
        NotebookId fromNotebookId,
        NotebookId toNotebookId,
        long version) {
}
