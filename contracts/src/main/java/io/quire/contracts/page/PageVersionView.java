package io.quire.contracts.page;

import java.time.Instant;

/** One entry of a page's history: which version, when, by whom, the title it then had and what changed. */
public record PageVersionView(long version, Instant at, String by, String title, String change) {
}
