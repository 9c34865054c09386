package io.quire.query.audit.summary;

import io.quire.contracts.decision.DecisionApprovalRecordedEvent;
import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionProposedEvent;
import io.quire.contracts.decision.DecisionRejectedEvent;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.decision.DecisionWithdrawnEvent;
import io.quire.contracts.decision.PredecessorSupersededEvent;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static io.quire.query.audit.summary.EventSummarizer.quoted;

@Component
class DecisionSummarizer implements EventSummarizer {

    @Override
    public Optional<String> describe(LoggedEvent event) {
        Object payload = event.payload();
        if (payload instanceof DecisionProposedEvent e) {
            return Optional.of("Decision " + quoted(e.title()) + " proposed, choosing " + quoted(e.chosenOption())
                    + ", awaiting " + e.quorum() + " of " + e.approvers().size() + " approvers");
        }
        if (payload instanceof DecisionApprovalRecordedEvent e) {
            return Optional.of("Decision " + e.decisionId() + ": approval from " + e.approver() + " recorded ("
                    + e.approvals() + " so far)");
        }
        if (payload instanceof DecisionApprovedEvent e) {
            return Optional.of("Decision " + e.decisionId() + " approved with the approval of " + e.approver()
                    + " (" + e.approvals() + " approvals)");
        }
        if (payload instanceof DecisionRejectedEvent e) {
            return Optional.of("Decision " + e.decisionId() + " rejected by " + e.approver() + ": " + e.reason());
        }
        if (payload instanceof DecisionWithdrawnEvent e) {
            return Optional.of("Decision " + e.decisionId() + " withdrawn");
        }
        if (payload instanceof DecisionSupersededEvent e) {
            return Optional.of("Decision " + e.decisionId() + " superseded by decision " + e.supersededBy());
        }
        if (payload instanceof PredecessorSupersededEvent e) {
            return Optional.of("Decision " + e.decisionId() + " now supersedes decision " + e.supersedes());
        }
        return Optional.empty();
    }
}
