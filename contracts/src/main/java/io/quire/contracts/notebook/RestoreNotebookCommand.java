package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings an archived notebook back. */
public record RestoreNotebookCommand(
        @TargetAggregateIdentifier NotebookId notebookId,
        TenantId tenantId,
        Long expectedVersion) {
}
