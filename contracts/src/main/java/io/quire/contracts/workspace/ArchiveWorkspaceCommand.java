package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a workspace: it stays readable but takes no new notebooks. */
public record ArchiveWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        TenantId tenantId,
        Long expectedVersion) {
}
