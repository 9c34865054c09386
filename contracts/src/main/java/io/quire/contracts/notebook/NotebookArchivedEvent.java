package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;

/** The notebook was archived. */
public record NotebookArchivedEvent(
        NotebookId notebookId,
        TenantId tenantId,
        long version) {
}
