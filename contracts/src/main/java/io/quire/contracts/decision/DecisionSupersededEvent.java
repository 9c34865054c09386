package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;

/** The approved decision no longer holds: the decision {@code supersededBy} replaces it. */
public record DecisionSupersededEvent(
        DecisionId decisionId,
        TenantId tenantId,
        DecisionId supersededBy,
        long version) {
}
