package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One of the listed approvers turns a proposed decision down, saying why. */
public record RejectDecisionCommand(
        @TargetAggregateIdentifier DecisionId decisionId,
        TenantId tenantId,
        String principal,
        String reason,
        Long expectedVersion) {
}
