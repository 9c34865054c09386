package io.quire.command.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real event-sourced repository for an aggregate that the handler under test consults but that is not the
 * fixture's own aggregate. Unlike a second fixture it can hold several aggregates, so "unknown id" means what it
 * means in production: there is no event stream under that id.
 */
public final class EventHistory<A> {

    private final String type;
    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final Repository<A> repository;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public EventHistory(Class<A> aggregateType) {
        this.type = aggregateType.getSimpleName();
        this.repository = EventSourcingRepository.builder(aggregateType).eventStore(store).build();
    }

    /** Appends events to the stream of the aggregate with this id, after whatever it already holds. */
    public EventHistory<A> given(Object aggregateId, Object... events) {
        String id = aggregateId.toString();
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            long sequence = nextSequence.merge(id, 1L, Long::sum) - 1;
            messages.add(new GenericDomainEventMessage<>(type, id, sequence, event));
        }
        store.publish(messages);
        return this;
    }

    public Repository<A> repository() {
        return repository;
    }

    /** The payloads of every event in the stream of this id, including those a handler under test appended. */
    public List<Object> events(Object aggregateId) {
        return store.readEvents(aggregateId.toString()).asStream().<Object>map(Message::getPayload).toList();
    }
}
