package io.quire.contracts.decision;

import io.quire.contracts.identity.TenantId;

/** An approver approved the decision; {@code approvals} so far are still short of the quorum. */
public record DecisionApprovalRecordedEvent(
        DecisionId decisionId,
        TenantId tenantId,
        String approver,
        int approvals,
        long version) {
}
