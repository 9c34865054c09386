package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a workspace; {@code expectedVersion}, when present, must be the current version. */
public record RenameWorkspaceCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        TenantId tenantId,
        String name,
        Long expectedVersion) {
}
