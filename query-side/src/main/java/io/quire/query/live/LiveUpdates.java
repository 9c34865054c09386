package io.quire.query.live;

import io.quire.contracts.live.LiveUpdateView;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Makes the message a stream carries for one stored event, whether it arrives live or is caught up on. */
@Component
class LiveUpdates {

    private final WorkspaceOf workspaces;

    LiveUpdates(WorkspaceOf workspaces) {
        this.workspaces = workspaces;
    }

    /** Blocking: it may look up the workspace. {@code aggregateType} is {@code null} outside aggregates. */
    LiveUpdateView of(String aggregateType, String aggregateId, long sequenceNumber, String payloadType,
                      long position, Instant at) {
        boolean inAggregate = aggregateType != null;
        return new LiveUpdateView(LiveTopics.ofAggregateType(aggregateType), LoggedEvent.typeOf(payloadType),
                inAggregate ? aggregateId : null, inAggregate ? workspaces.of(aggregateType, aggregateId) : null,
                inAggregate ? sequenceNumber + 1 : null, position, at);
    }

    LiveUpdateView of(LoggedEvent event) {
        return of(event.aggregateType(), event.aggregateId(), event.sequenceNumber(), event.payloadType(),
                event.position(), event.at());
    }
}
