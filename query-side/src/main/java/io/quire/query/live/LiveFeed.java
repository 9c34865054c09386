package io.quire.query.live;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.live.DashboardsChangedView;
import io.quire.contracts.live.FindLiveUpdatesQuery;
import io.quire.contracts.live.LiveUpdateView;
import io.quire.contracts.live.StreamResetView;
import io.quire.query.live.MissedUpdates.CatchUp;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * One client's live stream: an Axon subscription query that only ever carries the caller's tenant's updates, preceded
 * by what the client missed since its {@code Last-Event-ID} where the event store can still tell, throttled hints for
 * dashboards, and heartbeats. Cancelling the stream closes the subscription.
 */
@Component
class LiveFeed {

    private static final String RESET = "reset";

    private final QueryGateway queries;
    private final MissedUpdates missedUpdates;
    private final LiveSettings settings;

    LiveFeed(QueryGateway queries, MissedUpdates missedUpdates, LiveSettings settings) {
        this.queries = queries;
        this.missedUpdates = missedUpdates;
        this.settings = settings;
    }

    /** The stream's events: what was missed since {@code lastSeen} (if given), then live updates and heartbeats. */
    Flux<ServerSentEvent<Object>> follow(TenantId tenant, Set<String> wanted, Long lastSeen) {
        SubscriptionQueryResult<Long, LiveUpdateView> subscription = queries.subscriptionQuery(
                FindLiveUpdatesQuery.class.getName(), new FindLiveUpdatesQuery(tenant, wanted),
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(LiveUpdateView.class),
                settings.bufferSize());
        Mono<CatchUp> catchUp = lastSeen == null ? Mono.just(CatchUp.nothing())
                : subscription.initialResult().subscribeOn(Schedulers.boundedElastic())
                .flatMap(head -> missedUpdates.since(tenant, lastSeen, head));
        // Updates arriving while the catch-up is read wait in the subscription; a slow reader gets a reset.
        Flux<Object> live = subscription.updates()
                .onBackpressureBuffer(settings.bufferSize(), BufferOverflowStrategy.ERROR)
                .map(update -> (Object) update)
                .onErrorResume(Exceptions::isOverflow, overflow -> Mono.just(
                        new StreamResetView(RESET, "the client read too slowly; reconnect and refetch", -1)))
                .takeUntil(StreamResetView.class::isInstance);
        Flux<Object> updates = catchUp.flatMapMany(caughtUp -> {
            // Comparing positions, not order, keeps live updates that fill a gap below the last replayed one.
            Set<Long> replayed = caughtUp.missed().stream().map(LiveUpdateView::position)
                    .collect(Collectors.toSet());
            return Flux.concat(catchUpItems(caughtUp), live.filter(item ->
                    !(item instanceof LiveUpdateView update && replayed.contains(update.position()))));
        });
        Flux<ServerSentEvent<Object>> messages = updates.publish(shared -> Flux.merge(
                shared.filter(item -> forClient(item, wanted)).map(LiveFeed::event),
                wanted.contains(LiveTopics.DASHBOARDS) ? dashboardHints(shared) : Flux.empty()));
        return messages.publish(shared -> Flux.merge(shared, heartbeats().takeUntilOther(shared.then())))
                .startWith(ServerSentEvent.<Object>builder().comment("stream open").build())
                .doFinally(signal -> subscription.close());
    }

    private static Flux<Object> catchUpItems(CatchUp caughtUp) {
        if (caughtUp.reset()) {
            return Flux.just(new StreamResetView(RESET, caughtUp.reason(), caughtUp.resetAt()));
        }
        return Flux.fromIterable(caughtUp.missed());
    }

    private static boolean forClient(Object item, Set<String> wanted) {
        return !(item instanceof LiveUpdateView update) || update.topic() != null && wanted.contains(update.topic());
    }

    private Flux<ServerSentEvent<Object>> dashboardHints(Flux<Object> items) {
        return items.ofType(LiveUpdateView.class)
                .sample(settings.dashboardsInterval())
                .map(latest -> ServerSentEvent.<Object>builder(
                                new DashboardsChangedView(LiveTopics.DASHBOARDS, latest.position(), latest.at()))
                        .id(Long.toString(latest.position())).event(LiveTopics.DASHBOARDS).build());
    }

    private Flux<ServerSentEvent<Object>> heartbeats() {
        return Flux.interval(settings.heartbeat(), settings.heartbeat())
                .map(tick -> ServerSentEvent.<Object>builder().comment("heartbeat").build());
    }

    private static ServerSentEvent<Object> event(Object item) {
        if (item instanceof StreamResetView reset) {
            ServerSentEvent.Builder<Object> builder = ServerSentEvent.builder((Object) reset).event(RESET);
            return reset.position() < 0 ? builder.build() : builder.id(Long.toString(reset.position())).build();
        }
        LiveUpdateView update = (LiveUpdateView) item;
        return ServerSentEvent.<Object>builder(update).id(Long.toString(update.position())).event(update.topic())
                .build();
    }
}
