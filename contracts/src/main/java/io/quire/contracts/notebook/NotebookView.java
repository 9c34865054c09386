package io.quire.contracts.notebook;

import java.time.Instant;

/** A notebook as the read side shows it. */
public record NotebookView(String id, String workspaceId, String title, boolean archived, long version,
                           Instant createdAt, Instant updatedAt, String updatedBy) {
}
