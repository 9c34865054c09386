package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;

/** This decision now replaces an earlier approved decision of its workspace, {@code supersedes}. */
public record PredecessorSupersededEvent(
        DecisionId decisionId,
        TenantId tenantId,
        DecisionId supersedes,
        long version) {
}
