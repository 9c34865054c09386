package io.quire.contracts.billing;

import java.time.Instant;

/** A change of plan on its way: an upgrade waits for its charge, a downgrade for the end of the period. */
public record PendingPlanChangeView(String changeId, String plan, String kind, Instant effectiveAt) {
}
