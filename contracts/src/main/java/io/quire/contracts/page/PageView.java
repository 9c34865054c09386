package io.quire.contracts.page;

import java.time.Instant;

/** A page's current state: title, Markdown body, version and who changed it last. */
public record PageView(String id, String workspaceId, String notebookId, String title, String body, boolean archived,
                       long version, Instant createdAt, Instant updatedAt, String updatedBy) {
}
