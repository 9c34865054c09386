package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;

/** An approver turned the decision down, for the reason given; it can no longer be approved. */
public record DecisionRejectedEvent(
        DecisionId decisionId,
        TenantId tenantId,
        String approver,
        String reason,
        long version) {
}
