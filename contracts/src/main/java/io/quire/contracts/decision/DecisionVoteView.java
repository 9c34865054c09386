package io.quire.contracts.decision;

import java.time.Instant;

/** How one approver voted: {@code approve} or {@code reject}, with the reason for a rejection, and when. */
public record DecisionVoteView(String approver, String vote, String reason, Instant at) {
}
