package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;

/** The notebook is active again. */
public record NotebookRestoredEvent(
        NotebookId notebookId,
        TenantId tenantId,
        long version) {
}
