package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.page.PageId;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Puts a decision up for approval in a workspace: what was decided and why, the options that were weighed, the pages
 * it concerns, and who must approve it. A {@code null} quorum means every approver.
 */
public record ProposeDecisionCommand(
        @TargetAggregateIdentifier DecisionId decisionId,
        TenantId tenantId,
        WorkspaceId workspaceId,
        String proposedBy,
        String title,
        String context,
        List<String> options,
        String chosenOption,
        List<PageId> pageIds,
        List<String> approvers,
        Integer quorum) {
}
