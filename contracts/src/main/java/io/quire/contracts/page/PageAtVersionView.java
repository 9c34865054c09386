package io.quire.contracts.page;

import java.time.Instant;

/** A page exactly as it was at one version, rebuilt from the event store. */
public record PageAtVersionView(String id, long version, String notebookId, String title, String body,
                                boolean archived, Instant at, String by) {
}
