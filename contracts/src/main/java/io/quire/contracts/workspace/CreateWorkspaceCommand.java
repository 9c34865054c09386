package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a workspace in the caller's tenant. */
public record CreateWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        TenantId tenantId,
        String name) {
}
