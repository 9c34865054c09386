package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The author takes back a decision that is still waiting for approval. */
public record WithdrawDecisionCommand(
        @TargetAggregateIdentifier DecisionId decisionId,
        TenantId tenantId,
        String principal,
        Long expectedVersion) {
}
