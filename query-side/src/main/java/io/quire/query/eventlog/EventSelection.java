package io.quire.query.eventlog;

import java.time.Instant;
import java.util.Set;

/**
 * Which of a tenant's events to read. Every part is optional ({@code null} or empty means "any").
 *
 * @param aggregateId    events of this aggregate only
 * @param aggregateTypes events of these kinds of aggregate only, such as {@code Page}
 * @param eventType      events of this type only, named as clients see it ({@code PageEdited})
 * @param principal      events caused by this principal only, such as {@code key:<id>}
 * @param from           events at or after this instant
 * @param to             events before this instant
 * @param asOf           events at or before this instant
 */
public record EventSelection(String aggregateId, Set<String> aggregateTypes, String eventType, String principal,
                             Instant from, Instant to, Instant asOf) {

    public EventSelection {
        aggregateTypes = aggregateTypes == null ? Set.of() : Set.copyOf(aggregateTypes);
    }

    public static EventSelection everything() {
        return new EventSelection(null, Set.of(), null, null, null, null, null);
    }

    /** One aggregate's events up to an instant ({@code asOf} may be {@code null} for all of them). */
    public static EventSelection ofAggregate(String aggregateType, String aggregateId, Instant asOf) {
        return new EventSelection(aggregateId, Set.of(aggregateType), null, null, null, null, asOf);
    }

    /** Events of these kinds of aggregate up to an instant. */
    public static EventSelection ofAggregateTypes(Set<String> aggregateTypes, Instant asOf) {
        return new EventSelection(null, aggregateTypes, null, null, null, null, asOf);
    }
}
