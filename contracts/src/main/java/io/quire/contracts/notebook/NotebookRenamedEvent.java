package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;

/** The notebook carries a new title. */
public record NotebookRenamedEvent(
        NotebookId notebookId,
        TenantId tenantId,
        String title,
        long version) {
}
