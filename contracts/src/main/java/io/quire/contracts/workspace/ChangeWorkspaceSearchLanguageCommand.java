package io.quire.contracts.workspace;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Chooses the language a workspace's pages, notebooks and decisions are searched in: the name of a PostgreSQL text
 * search configuration such as {@code english}, {@code german} or {@code simple} (no stemming). {@code expectedVersion},
 * when present, must be the current version.
 */
public record ChangeWorkspaceSearchLanguageCommand(
        @TargetAggregateIdentifier WorkspaceId workspaceId,
        TenantId tenantId,
        String language,
        Long expectedVersion) {
}
