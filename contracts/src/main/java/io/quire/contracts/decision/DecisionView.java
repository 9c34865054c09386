package io.quire.contracts.decision;

import java.time.Instant;
import java.util.List;

/**
 * A decision in full: what was decided among which options and why, the pages it concerns, who must approve it and
 * how they voted, and which decisions it replaces or was replaced by.
 */
public record DecisionView(String id, String workspaceId, String title, String context, List<String> options,
                           String chosenOption, String status, int quorum, int approvals, List<String> approvers,
                           List<DecisionVoteView> votes, List<String> pageIds, String supersedes,
                           String supersededBy, String proposedBy, Instant proposedAt, Instant decidedAt,
                           Instant updatedAt, long version) {
}
