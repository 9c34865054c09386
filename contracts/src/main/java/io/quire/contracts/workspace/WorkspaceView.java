package io.quire.contracts.workspace;

import java.time.Instant;

/** A workspace as the read side shows it, with the language its content is searched in. */
public record WorkspaceView(String id, String name, boolean archived, long version, Instant createdAt,
                            Instant updatedAt, String updatedBy, String searchLanguage) {
}
