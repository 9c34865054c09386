package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One of the listed approvers approves a proposed decision. */
public record ApproveDecisionCommand(
        @TargetAggregateIdentifier DecisionId decisionId,
        TenantId tenantId,
        String principal,
        Long expectedVersion) {
}
