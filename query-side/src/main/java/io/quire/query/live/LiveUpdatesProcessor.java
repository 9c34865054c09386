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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the streams of this node what just happened. Not a read model: it writes nothing, and it runs on every node
 * from an in-memory token that starts at the head of the event store ({@link LiveUpdatesConfiguration}), so each
 * node's subscribers hear every change once, from the moment the node started. A replay would announce history as
 * news, so it is never replayed. Each update goes only to subscriptions of the event's own tenant that follow its
 * topic; any change of a tenant also feeds its dashboard hints ({@link DashboardPulse}).
 */
@Component
@DisallowReplay
@ProcessingGroup(LiveUpdatesProcessor.PROCESSING_GROUP)
class LiveUpdatesProcessor {

    static final String PROCESSING_GROUP = "live-updates";

    private final QueryUpdateEmitter emitter;
    private final LiveUpdates updates;
    private final DashboardPulse dashboards;

    LiveUpdatesProcessor(QueryUpdateEmitter emitter, LiveUpdates updates, DashboardPulse dashboards) {
        this.emitter = emitter;
        this.updates = updates;
        this.dashboards = dashboards;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        Optional<TenantId> tenant = EventTenant.of(message);
        Set<String> followed = tenant.map(this::topicsFollowed).orElse(Set.of());
        if (followed.isEmpty()) {
            return;
        }
        TenantId owner = tenant.get();
        long position = token.position().orElse(-1);
        if (followed.contains(LiveTopics.DASHBOARDS)) {
            dashboards.changed(owner, position, message.getTimestamp());
        }
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d && d.getType() != null ? d : null;
        String topic = LiveTopics.ofAggregateType(domain == null ? null : domain.getType());
        if (topic == null || !followed.contains(topic)) {
            return;
        }
        LiveUpdateView update = updates.of(domain.getType(), domain.getAggregateIdentifier(),
                domain.getSequenceNumber(), message.getPayloadType().getName(), position, message.getTimestamp());
        emitter.emit(FindLiveUpdatesQuery.class,
                query -> owner.equals(query.tenantId()) && query.topics().contains(topic), update);
    }

    /** The topics the tenant's streams on this node follow; none means the update is not even made. */
    private Set<String> topicsFollowed(TenantId tenant) {
        return emitter.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof FindLiveUpdatesQuery query
                        && tenant.equals(query.tenantId()))
                .flatMap(subscription -> ((FindLiveUpdatesQuery) subscription.getPayload()).topics().stream())
                .collect(Collectors.toSet());
    }
}
