package io.quire.query.dashboard.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a tenant's decisions stand: how many in each status, how long they took to be decided, and whose votes the
 * open ones are waiting for.
 *
 * @param byStatus every status, zero included: proposed, approved, rejected, withdrawn, superseded
 */
public record DecisionDashboard(Map<String, Long> byStatus, TimeToDecision timeToDecision, List<WaitedOn> waitedOn) {

    /**
     * From proposal to the approval or rejection that decided it, over every decided decision (a superseded one was
     * approved first). Seconds, with fractions; {@code null} while nothing is decided.
     */
    public record TimeToDecision(long decided, Double medianSeconds, Double p90Seconds) {
    }

    /** An approver whose vote {@code pending} proposed decisions lack, the oldest proposed at {@code oldestSince}. */
    public record WaitedOn(String approver, long pending, Instant oldestSince) {
    }
}
