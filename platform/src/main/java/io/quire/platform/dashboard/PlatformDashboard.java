package io.quire.platform.dashboard;

import java.util.List;

/** How the platform's moving parts are doing, for the operator. */
public record PlatformDashboard(List<Processor> processors, DeadLetters deadLetters, Sagas sagas,
                                List<CircuitBreaker> circuitBreakers) {

    /**
     * A tracking processor (projection or saga).
     *
     * @param status          running, replaying, error or stopped (on this node)
     * @param position        the last event position all its segments have processed; 0 before the first
     * @param head            the last position in the event store
     * @param lagEvents       positions still to process ({@code head - position})
     * @param lagSeconds      how much older the last processed event is than the head event
     * @param eventsPerSecond positions processed per second over the latest sampling window
     */
    public record Processor(String name, String status, long position, long head, long lagEvents, double lagSeconds,
                            double eventsPerSecond) {
    }

    public record DeadLetters(long total) {
    }

    /** Saga runs by state, from the saga journal. */
    public record Sagas(long running, long completed, long compensated) {
    }

    /** @param state CLOSED, OPEN, HALF_OPEN, DISABLED, FORCED_OPEN or METRICS_ONLY */
    public record CircuitBreaker(String name, String state) {
    }
}
