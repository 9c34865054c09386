package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a notebook a new title. */
public record RenameNotebookCommand(
        @TargetAggregateIdentifier NotebookId notebookId,
        TenantId tenantId,
        String title,
        Long expectedVersion) {
}
