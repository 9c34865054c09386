package io.quire.query.live;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.live.FindLiveUpdatesQuery;
import io.quire.contracts.live.LiveUpdateView;
import io.quire.query.eventlog.EventTenant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Tells the streams of this node what just happened. Not a read model: it writes nothing, and it runs on every node
 * from an in-memory token that starts at the head of the event store ({@link LiveUpdatesConfiguration}), so each
 * node's subscribers hear every change once, from the moment the node started. A replay would announce history as
 * news, so it is never replayed. Each update goes only to subscriptions of the event's own tenant.
 */
@Component
@DisallowReplay
@ProcessingGroup(LiveUpdatesProcessor.PROCESSING_GROUP)
class LiveUpdatesProcessor {

    static final String PROCESSING_GROUP = "live-updates";

    private final QueryUpdateEmitter emitter;
    private final LiveUpdates updates;

    LiveUpdatesProcessor(QueryUpdateEmitter emitter, LiveUpdates updates) {
        this.emitter = emitter;
        this.updates = updates;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        Optional<TenantId> tenant = EventTenant.of(message);
        if (tenant.isEmpty() || !followed(tenant.get())) {
            return;
        }
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d && d.getType() != null ? d : null;
        LiveUpdateView update = updates.of(domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? 0 : domain.getSequenceNumber(), message.getPayloadType().getName(),
                token.position().orElse(-1), message.getTimestamp());
        TenantId owner = tenant.get();
        emitter.emit(FindLiveUpdatesQuery.class,
                query -> owner.equals(query.tenantId()) && LiveTopics.wanted(query.topics(), update.topic()),
                update);
    }

    /** Whether anyone on this node follows the tenant; if not, the update is not even made. */
    private boolean followed(TenantId tenant) {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayload() instanceof FindLiveUpdatesQuery query
                        && tenant.equals(query.tenantId()));
    }
}
