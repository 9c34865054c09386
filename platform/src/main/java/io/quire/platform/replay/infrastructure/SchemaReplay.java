package io.quire.platform.replay.infrastructure;

import io.quire.platform.replay.infrastructure.ProjectionHandlers.Handlers;
import io.quire.query.shared.CatchUp;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Feeds events from the store to a projection's handlers with their tables redirected to another schema, one
 * transaction per batch of {@code quire.replay.batch-size} events. Used to build shadow models for blue-green
 * rebuilds and the models an evaluation compares.
 */
@Component
public class SchemaReplay {

    private final EventFeed feed;
    private final SchemaScope scope;
    private final ReplayProperties properties;

    public SchemaReplay(EventFeed feed, SchemaScope scope, ReplayProperties properties) {
        this.feed = feed;
        this.scope = scope;
        this.properties = properties;
    }

    /**
     * Which events to replay: those up to {@code lastPosition} (inclusive) that {@code include} accepts; the others
     * up to that position are passed over.
     */
    public record Range(long lastPosition, Predicate<TrackedEventMessage<?>> include) {

        public static Range all() {
            return new Range(Long.MAX_VALUE, event -> true);
        }
    }

    /**
     * Replays from {@code from} until no event of the range is left, reporting the token after each batch, and
     * answers the token of the last event passed (or {@code from} if there was none). Inside a running transaction
     * every batch joins it.
     */
    public TrackingToken replay(String schema, Handlers handlers, TrackingToken from, Range range,
                                Consumer<TrackingToken> progress) {
        TrackingToken token = from;
        while (true) {
            List<TrackedEventMessage<?>> read = feed.next(token, properties.batchSize());
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            boolean pastRange = false;
            for (TrackedEventMessage<?> event : read) {
                OptionalLong position = EventFeed.tokenOf(event).position();
                if (position.isPresent() && position.getAsLong() > range.lastPosition()) {
                    pastRange = true;
                    break;
                }
                batch.add(event);
            }
            if (!batch.isEmpty()) {
                scope.run(schema, () -> CatchUp.replaying(() -> {
                    batch.stream().filter(range.include()).forEach(handlers::handle);
                    return batch.size();
                }));
                token = EventFeed.tokenOf(batch.get(batch.size() - 1));
                progress.accept(token);
            }
            if (pastRange || read.size() < properties.batchSize()) {
                return token;
            }
        }
    }
}
