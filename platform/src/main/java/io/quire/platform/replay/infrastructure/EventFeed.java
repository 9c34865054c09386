package io.quire.platform.replay.infrastructure;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the event store in order, a batch at a time, from a tracking token: the same gap-aware tokens a tracking
 * processor keeps, so an event whose transaction commits late is still picked up on the next read. Each event comes
 * marked as a replay, so that handlers marked {@code @DisallowReplay} skip it, exactly as in a processor's replay.
 */
@Component
public class EventFeed {

    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;

    public EventFeed(EventStorageEngine events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The newest event's position; 0 while the store is empty. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM public.domain_event_entry",
                Long.class);
        return head == null ? 0 : head;
    }

    /** Up to {@code max} events after {@code after} ({@code null}: from the first), as replayed messages. */
    public List<TrackedEventMessage<?>> next(TrackingToken after, int max) {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(after, false)) {
            return stream.limit(max).<TrackedEventMessage<?>>map(EventFeed::asReplay).toList();
        }
    }

    private static TrackedEventMessage<?> asReplay(TrackedEventMessage<?> event) {
        TrackingToken replay = new ReplayToken(event.trackingToken(), event.trackingToken());
        if (event instanceof DomainEventMessage<?> domain) {
            return new GenericTrackedDomainEventMessage<>(replay, domain);
        }
        return new GenericTrackedEventMessage<>(replay, event);
    }

    /** The token an event was read at, without the replay marking. */
    public static TrackingToken tokenOf(TrackedEventMessage<?> event) {
        TrackingToken token = event.trackingToken();
        return token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
    }
}
