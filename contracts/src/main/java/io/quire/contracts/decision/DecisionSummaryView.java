package io.quire.contracts.decision;

import java.time.Instant;

/** A decision as it appears in a list: what was chosen, where it stands, and how close it is to its quorum. */
public record DecisionSummaryView(String id, String workspaceId, String title, String chosenOption, String status,
                                  int quorum, int approvals, String proposedBy, Instant proposedAt, Instant decidedAt,
                                  long version) {
}
