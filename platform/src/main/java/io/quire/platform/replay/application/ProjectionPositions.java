package io.quire.platform.replay.application;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.util.OptionalLong;

/** Where a running processor is: the lowest position any of its segments has reached. */
final class ProjectionPositions {

    private ProjectionPositions() {
    }

    /**
     * Whether a segment still has events of a replay ahead of it. Axon's replay token only turns into a plain one
     * at the first event after the reset position, so at the reset position itself the replay is over although
     * Axon still calls it one.
     */
    static boolean replaying(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return false;
        }
        OptionalLong current = status.getCurrentPosition();
        OptionalLong reset = status.getResetPosition();
        return current.isEmpty() || reset.isEmpty() || current.getAsLong() < reset.getAsLong();
    }

    static OptionalLong of(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong)
                .min();
    }
}
