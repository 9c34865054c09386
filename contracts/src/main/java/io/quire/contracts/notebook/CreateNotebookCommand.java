package io.quire.contracts.notebook;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a notebook in a workspace of the caller's tenant. */
public record CreateNotebookCommand(
        @TargetAggregateIdentifier NotebookId notebookId,
        TenantId tenantId,
        WorkspaceId workspaceId,
        String title) {
}
