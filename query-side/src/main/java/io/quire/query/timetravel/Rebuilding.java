package io.quire.query.timetravel;

import io.quire.contracts.identity.TenantId;
import io.quire.query.eventlog.EventLog;
import io.quire.query.eventlog.EventSelection;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Optional;

/**
 * Rebuilds one aggregate as it stood at an instant by folding its events from the event store, never touching the
 * command side's aggregates. The state at an instant is that of the longest run of its events stamped at or before
 * it, so it is always a version the aggregate really had.
 */
@Component
class Rebuilding {

    private final EventLog log;

    Rebuilding(EventLog log) {
        this.log = log;
    }

    /** The state, or empty when the aggregate did not exist yet at {@code asOf} or belongs to another tenant. */
    <T> Mono<T> asOf(TenantId tenant, String aggregateType, String aggregateId, Instant asOf, Fold<T> fold) {
        return log.all(tenant, EventSelection.ofAggregate(aggregateType, aggregateId, null))
                .takeWhile(event -> !event.at().isAfter(asOf))
                .reduce(Optional.<T>empty(),
                        (state, event) -> Optional.ofNullable(fold.apply(state.orElse(null), event)))
                .flatMap(Mono::justOrEmpty);
    }

    /** One step of a rebuild: the state after {@code event}, {@code null} while the aggregate does not exist. */
    @FunctionalInterface
    interface Fold<T> {
        T apply(T state, LoggedEvent event);
    }
}
