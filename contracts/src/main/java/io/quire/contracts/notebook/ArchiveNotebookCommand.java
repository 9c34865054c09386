package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a notebook: it stays readable but takes no new pages. */
public record ArchiveNotebookCommand(
        @TargetAggregateIdentifier NotebookId notebookId,
        TenantId tenantId,
        Long expectedVersion) {
}
