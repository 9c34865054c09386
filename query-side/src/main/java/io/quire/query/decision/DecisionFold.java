package io.quire.query.decision;

import io.quire.contracts.decision.DecisionApprovalRecordedEvent;
import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionProposedEvent;
import io.quire.contracts.decision.DecisionRejectedEvent;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.decision.DecisionView;
import io.quire.contracts.decision.DecisionVoteView;
import io.quire.contracts.decision.DecisionWithdrawnEvent;
import io.quire.contracts.decision.PredecessorSupersededEvent;
import io.quire.contracts.page.PageId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision's state after each of its events, folded exactly as the {@code decisions} projection applies them: an
 * approver's first vote counts, and deciding sets when it was decided.
 */
public final class DecisionFold {

    private DecisionFold() {
    }

    /** The decision after one more event; {@code null} while it does not exist. */
    public static DecisionView apply(DecisionView d, Object payload, Instant at) {
        if (payload instanceof DecisionProposedEvent e) {
            return new DecisionView(e.decisionId().toString(), e.workspaceId().toString(), e.title(), e.context(),
                    List.copyOf(e.options()), e.chosenOption(), "proposed", e.quorum(), 0,
                    List.copyOf(e.approvers()), List.of(), e.pageIds().stream().map(PageId::toString).toList(),
                    null, null, e.proposedBy(), at, null, at, e.version());
        }
        if (d == null) {
            return null;
        }
        if (payload instanceof DecisionApprovalRecordedEvent e) {
            return new DecisionView(d.id(), d.workspaceId(), d.title(), d.context(), d.options(), d.chosenOption(),
                    d.status(), d.quorum(), e.approvals(), d.approvers(), voted(d, e.approver(), "approve", null, at),
                    d.pageIds(), d.supersedes(), d.supersededBy(), d.proposedBy(), d.proposedAt(), d.decidedAt(), at,
                    e.version());
        }
        if (payload instanceof DecisionApprovedEvent e) {
            return new DecisionView(d.id(), d.workspaceId(), d.title(), d.context(), d.options(), d.chosenOption(),
                    "approved", d.quorum(), e.approvals(), d.approvers(), voted(d, e.approver(), "approve", null, at),
                    d.pageIds(), d.supersedes(), d.supersededBy(), d.proposedBy(), d.proposedAt(), at, at,
                    e.version());
        }
        if (payload instanceof DecisionRejectedEvent e) {
            return new DecisionView(d.id(), d.workspaceId(), d.title(), d.context(), d.options(), d.chosenOption(),
                    "rejected", d.quorum(), d.approvals(), d.approvers(),
                    voted(d, e.approver(), "reject", e.reason(), at), d.pageIds(), d.supersedes(), d.supersededBy(),
                    d.proposedBy(), d.proposedAt(), at, at, e.version());
        }
        if (payload instanceof DecisionWithdrawnEvent e) {
            return withStatus(d, "withdrawn", d.supersedes(), d.supersededBy(), at, e.version());
        }
        if (payload instanceof DecisionSupersededEvent e) {
            return withStatus(d, "superseded", d.supersedes(), e.supersededBy().toString(), at, e.version());
        }
        if (payload instanceof PredecessorSupersededEvent e) {
            return withStatus(d, d.status(), e.supersedes().toString(), d.supersededBy(), at, e.version());
        }
        return d;
    }

    private static DecisionView withStatus(DecisionView d, String status, String supersedes, String supersededBy,
                                           Instant at, long version) {
        return new DecisionView(d.id(), d.workspaceId(), d.title(), d.context(), d.options(), d.chosenOption(),
                status, d.quorum(), d.approvals(), d.approvers(), d.votes(), d.pageIds(), supersedes, supersededBy,
                d.proposedBy(), d.proposedAt(), d.decidedAt(), at, version);
    }

    private static List<DecisionVoteView> voted(DecisionView d, String approver, String vote, String reason,
                                                Instant at) {
        if (d.votes().stream().anyMatch(existing -> existing.approver().equals(approver))) {
            return d.votes();
        }
        List<DecisionVoteView> votes = new ArrayList<>(d.votes());
        votes.add(new DecisionVoteView(approver, vote, reason, at));
        return List.copyOf(votes);
    }
}
