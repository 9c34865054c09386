package io.quire.platform.deadletter.application;

import io.quire.platform.deadletter.application.DeadLetterQueues.Group;
import io.quire.platform.deadletter.infrastructure.ProjectionFailurePolicy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the dead-letter queues hold: the letters themselves, oldest sequence first, and how many there are. */
@Component
public class DeadLetterListing {

    private final DeadLetterQueues queues;

    public DeadLetterListing(DeadLetterQueues queues) {
        this.queues = queues;
    }

    /**
     * One dead letter. {@code sequenceIndex} is its place in its sequence; only the first of a sequence has failed
     * itself, the others wait behind it. No stack trace is kept, only the cause's type and message.
     */
    public record DeadLetterView(String id, String processingGroup, String sequenceIdentifier, Long sequenceIndex,
                                 String eventId, String eventType, String aggregateId, Long globalIndex,
                                 Instant enqueuedAt, Instant lastTouched, long retries, String causeType,
                                 String causeMessage) {
    }

    /** Up to {@code limit} letters, and the {@code total} in the groups asked for. */
    public record DeadLetterList(long total, int limit, List<DeadLetterView> items) {
    }

    public record GroupCount(String processingGroup, long deadLetters, long sequences) {
    }

    public record DeadLetterCount(long total, List<GroupCount> groups) {
    }

    /** The letters of one group, or of all groups when {@code group} is {@code null}. */
    public DeadLetterList list(String group, int limit) {
        List<Group> groups = group == null ? queues.all() : List.of(queues.group(group));
        long total = 0;
        List<DeadLetterView> items = new ArrayList<>();
        for (Group each : groups) {
            total += each.queue().size();
            collect(each, limit, items);
        }
        return new DeadLetterList(total, limit, items);
    }

    public DeadLetterCount count() {
        List<GroupCount> groups = queues.all().stream()
                .map(group -> new GroupCount(group.name(), group.queue().size(), group.queue().amountOfSequences()))
                .toList();
        return new DeadLetterCount(groups.stream().mapToLong(GroupCount::deadLetters).sum(), groups);
    }

    private static void collect(Group group, int limit, List<DeadLetterView> items) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : group.queue().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (items.size() >= limit) {
                    return;
                }
                items.add(view(group.name(), letter));
            }
        }
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent()
                ? tracked.trackingToken().position().getAsLong() : null;
        JdbcDeadLetter<?> stored = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc : null;
        return new DeadLetterView(stored == null ? null : stored.getIdentifier(), group,
                DeadLetterQueues.sequenceOf(letter), stored == null ? null : stored.getSequenceIndex(),
                event.getIdentifier(), event.getPayloadType().getName(), aggregateId, globalIndex,
                letter.enqueuedAt(), letter.lastTouched(), ProjectionFailurePolicy.retries(letter),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null));
    }
}
