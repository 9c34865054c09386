package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a page to another notebook of the same workspace. */
public record MovePageCommand(
        @TargetAggregateIdentifier PageId pageId,
        TenantId tenantId,
        NotebookId targetNotebookId,
        Long expectedVersion) {
}
