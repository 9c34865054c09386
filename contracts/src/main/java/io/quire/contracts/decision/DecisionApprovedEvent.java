package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;

/** The approval of {@code approver} reached the quorum: the decision stands. */
public record DecisionApprovedEvent(
        DecisionId decisionId,
        TenantId tenantId,
        String approver,
        int approvals,
        long version) {
}
