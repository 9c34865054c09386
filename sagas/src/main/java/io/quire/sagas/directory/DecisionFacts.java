package io.quire.sagas.directory;

import java.util.List;
import java.util.Optional;

/** What a notification needs to say about a decision. */
public interface DecisionFacts {

    Optional<Facts> find(String tenantId, String decisionId);

    record Facts(String title, String workspaceId, String proposedBy, List<String> approvers) {
    }
}
