package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.page.PageId;
import io.quire.contracts.workspace.WorkspaceId;

import java.util.List;

/**
 * A decision is up for approval, at version 1. It becomes approved once {@code quorum} of its approvers have
 * approved it.
 */
public record DecisionProposedEvent(
        DecisionId decisionId,
        TenantId tenantId,
        WorkspaceId workspaceId,
        String proposedBy,
        String title,
        String context,
        List<String> options,
        String chosenOption,
        List<PageId> pageIds,
        List<String> approvers,
        int quorum,
        long version) {
}
