package io.quire.contracts.page;

import java.time.Instant;

/** A page as it appears in a notebook's list: everything but the body. */
public record PageSummaryView(String id, String title, boolean archived, long version, Instant updatedAt,
                              String updatedBy) {
}
