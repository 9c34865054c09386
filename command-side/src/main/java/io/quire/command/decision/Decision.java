package io.quire.command.decision;

import io.quire.command.shared.ForbiddenException;
import io.quire.command.shared.Guards;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.TextRules;
import io.quire.contracts.decision.ApproveDecisionCommand;
import io.quire.contracts.decision.DecisionApprovalRecordedEvent;
import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionId;
import io.quire.contracts.decision.DecisionProposedEvent;
import io.quire.contracts.decision.DecisionRejectedEvent;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.decision.DecisionWithdrawnEvent;
import io.quire.contracts.decision.PredecessorSupersededEvent;
import io.quire.contracts.decision.ProposeDecisionCommand;
import io.quire.contracts.decision.RejectDecisionCommand;
import io.quire.contracts.decision.WithdrawDecisionCommand;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A decision proposed in a workspace. It is approved once its quorum of approvers approve, rejected by any one of
 * them, withdrawn by its author, and, once approved, superseded by a newer decision. Version 1 at proposal, and one
 * more for every vote or change.
 */
@Aggregate
public class Decision {

    public static final String KIND = "decision";

    @AggregateIdentifier
    private DecisionId decisionId;
    private TenantId tenantId;
    private WorkspaceId workspaceId;
    private String proposedBy;
    private List<String> approvers;
    private int quorum;
    private final Set<String> voted = new HashSet<>();
    private int approvals;
    private DecisionStatus status;
    private DecisionId supersedes;
    private long version;

    /** Proposed by {@link DecisionProposal}, once the workspace and the linked pages have accepted it. */
    Decision(ProposeDecisionCommand command, ValidProposal proposal) {
        apply(new DecisionProposedEvent(command.decisionId(), command.tenantId(), command.workspaceId(),
                command.proposedBy(), command.title(), proposal.context(), command.options(), command.chosenOption(),
                proposal.pageIds(), command.approvers(), proposal.quorum(), 1));
    }

    @CommandHandler
    public long handle(ApproveDecisionCommand command) {
        requireVote(command.tenantId(), command.expectedVersion(), command.principal());
        int after = approvals + 1;
        if (after >= quorum) {
            apply(new DecisionApprovedEvent(decisionId, tenantId, command.principal(), after, version + 1));
        } else {
            apply(new DecisionApprovalRecordedEvent(decisionId, tenantId, command.principal(), after, version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(RejectDecisionCommand command) {
        requireVote(command.tenantId(), command.expectedVersion(), command.principal());
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("reason", "A rejection needs a reason");
        }
        TextRules.requireBody("reason", command.reason());
        apply(new DecisionRejectedEvent(decisionId, tenantId, command.principal(), command.reason(), version + 1));
        return version;
    }

    @CommandHandler
    public long handle(WithdrawDecisionCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, decisionId);
        Guards.requireVersion(command.expectedVersion(), version);
        if (!proposedBy.equals(command.principal())) {
            throw new ForbiddenException("Only the author of a decision can withdraw it");
        }
        requireStatus(DecisionStatus.PROPOSED, "Only a proposed decision can be withdrawn");
        apply(new DecisionWithdrawnEvent(decisionId, tenantId, command.principal(), version + 1));
        return version;
    }

    /** The first half of a supersession, asked of the decision being replaced. Answers its workspace. */
    public WorkspaceId prepareSupersession(TenantId caller, Long expectedVersion) {
        Guards.requireOwner(tenantId, caller, KIND, decisionId);
        Guards.requireVersion(expectedVersion, version);
        requireStatus(DecisionStatus.APPROVED, "Only an approved decision can be superseded");
        return workspaceId;
    }

    /** The workspace, for a caller that owns this decision; another tenant gets "not found". */
    public WorkspaceId workspaceFor(TenantId caller) {
        Guards.requireOwner(tenantId, caller, KIND, decisionId);
        return workspaceId;
    }

    /** A decision that replaces another must still stand a chance, and can replace only one. */
    public void prepareSuccession() {
        if (supersedes != null) {
            throw new StateConflictException("The newer decision already supersedes decision " + supersedes);
        }
        if (status != DecisionStatus.PROPOSED && status != DecisionStatus.APPROVED) {
            throw new StateConflictException("A " + status.label() + " decision cannot supersede another");
        }
    }

    /** The successor's half of a supersession: it now replaces {@code predecessor}. */
    public void succeed(DecisionId predecessor) {
        apply(new PredecessorSupersededEvent(decisionId, tenantId, predecessor, version + 1));
    }

    /** The replaced decision's half of a supersession. Answers its new version. */
    public long supersedeWith(DecisionId successor) {
        apply(new DecisionSupersededEvent(decisionId, tenantId, successor, version + 1));
        return version;
    }

    private void requireVote(TenantId caller, Long expectedVersion, String principal) {
        Guards.requireOwner(tenantId, caller, KIND, decisionId);
        Guards.requireVersion(expectedVersion, version);
        if (!approvers.contains(principal)) {
            throw new ForbiddenException("Only the approvers listed on a decision can vote on it");
        }
        requireStatus(DecisionStatus.PROPOSED, "Votes are closed");
        if (voted.contains(principal)) {
            throw new StateConflictException("You have already voted on this decision");
        }
    }

    private void requireStatus(DecisionStatus wanted, String refusal) {
        if (status != wanted) {
            throw new StateConflictException(refusal + "; this decision is " + status.label());
        }
    }

    @EventSourcingHandler
    void on(DecisionProposedEvent event) {
        decisionId = event.decisionId();
        tenantId = event.tenantId();
        workspaceId = event.workspaceId();
        proposedBy = event.proposedBy();
        approvers = event.approvers();
        quorum = event.quorum();
        status = DecisionStatus.PROPOSED;
        version = event.version();
    }

    @EventSourcingHandler
    void on(DecisionApprovalRecordedEvent event) {
        voted.add(event.approver());
        approvals = event.approvals();
        version = event.version();
    }

    @EventSourcingHandler
    void on(DecisionApprovedEvent event) {
        voted.add(event.approver());
        approvals = event.approvals();
        status = DecisionStatus.APPROVED;
        version = event.version();
    }

    @EventSourcingHandler
    void on(DecisionRejectedEvent event) {
        voted.add(event.approver());
        status = DecisionStatus.REJECTED;
        version = event.version();
    }

    @EventSourcingHandler
    void on(DecisionWithdrawnEvent event) {
        status = DecisionStatus.WITHDRAWN;
        version = event.version();
    }

    @EventSourcingHandler
    void on(DecisionSupersededEvent event) {
        status = DecisionStatus.SUPERSEDED;
        version = event.version();
    }

    @EventSourcingHandler
    void on(PredecessorSupersededEvent event) {
        supersedes = event.supersedes();
        version = event.version();
    }

    protected Decision() {
    }
}
