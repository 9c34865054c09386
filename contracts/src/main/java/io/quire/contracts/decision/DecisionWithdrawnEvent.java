package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;

/** The author took the decision back before it was approved or rejected. */
public record DecisionWithdrawnEvent(
        DecisionId decisionId,
        TenantId tenantId,
        String withdrawnBy,
        long version) {
}
