package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces an approved decision with a newer decision of the same workspace. */
public record SupersedeDecisionCommand(
        @TargetAggregateIdentifier DecisionId decisionId,
        TenantId tenantId,
        String principal,
        DecisionId by,
        Long expectedVersion) {
}
