package io.quire.platform.replay.application;

import java.util.List;
import java.util.Optional;

/**
 * One processing group as replays, rebuilds and evaluations see it: the handler beans Spring holds for it, the
 * tables they name with {@code @ReadModel}, and, when it cannot be rebuilt from the event store, why not.
 *
 * @param name       the processing group, or {@code group@candidate} for a candidate projection
 * @param processor  the live processing group this one stands for (the name itself, or the candidate's group)
 * @param handlers   bean names of the handlers that take part in a replay
 * @param tables     the tables they write, in creation order
 * @param streaming  whether a streaming processor runs the group (only those have a position to reset)
 * @param refusal    why the group must not be replayed, if it must not
 */
public record ProjectionGroup(String name, String processor, List<String> handlers, List<String> tables,
                              boolean streaming, Optional<String> refusal) {

    public boolean replayable() {
        return refusal.isEmpty();
    }

    public boolean candidate() {
        return !name.equals(processor);
    }

    /** Throws the refusal as a 409 answer when the group must not be replayed. */
    public ProjectionGroup requireReplayable() {
        refusal.ifPresent(reason -> {
            throw new ProjectionRefused("Projection '" + name + "' cannot be replayed: " + reason);
        });
        return this;
    }
}
