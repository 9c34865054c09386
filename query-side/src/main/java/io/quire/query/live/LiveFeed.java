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
 * by what the client missed since its {@code Last-Event-ID} where the event store can still tell, and heartbeats.
 * Cancelling the stream closes the subscription.
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
        // Updates are LiveUpdateViews and, for dashboards, DashboardsChangedViews.
        SubscriptionQueryResult<Long, Object> subscription = queries.subscriptionQuery(
                FindLiveUpdatesQuery.class.getName(), new FindLiveUpdatesQuery(tenant, wanted),
                ResponseTypes.instanceOf(Long.class), ResponseTypes.instanceOf(Object.class), settings.bufferSize());
        Mono<CatchUp> catchUp = lastSeen == null ? Mono.just(CatchUp.nothing())
                : subscription.initialResult().subscribeOn(Schedulers.boundedElastic())
                .flatMap(head -> missedUpdates.since(tenant, lastSeen, head));
        // Updates arriving while the catch-up is read wait in the subscription; a slow reader gets a reset.
        Flux<Object> live = subscription.updates()
                .onBackpressureBuffer(settings.bufferSize(), BufferOverflowStrategy.ERROR)
                .onErrorResume(Exceptions::isOverflow, overflow -> Mono.just(
                        new StreamResetView(RESET, "the client read too slowly; reconnect and refetch", -1)))
                .takeUntil(StreamResetView.class::isInstance);
        Flux<Object> updates = catchUp.flatMapMany(caughtUp -> {
            // Comparing positions, not order, keeps live updates that fill a gap below the last replayed one.
            Set<Long> replayed = caughtUp.missed().stream().map(LiveUpdateView::position)
                    .collect(Collectors.toSet());
            return Flux.concat(catchUpItems(caughtUp, wanted), live.filter(item ->
                    !(item instanceof LiveUpdateView update && replayed.contains(update.position()))));
        });
        Flux<ServerSentEvent<Object>> messages = updates.map(LiveFeed::event);
        return messages.publish(shared -> Flux.merge(shared, heartbeats().takeUntilOther(shared.then())))
                .startWith(ServerSentEvent.<Object>builder().comment("stream open").build())
                .doFinally(signal -> subscription.close());
    }

    /** The missed updates of the topics asked for, and one dashboards hint for all that was missed. */
    private static Flux<Object> catchUpItems(CatchUp caughtUp, Set<String> wanted) {
        if (caughtUp.reset()) {
            return Flux.just(new StreamResetView(RESET, caughtUp.reason(), caughtUp.resetAt()));
        }
        Flux<Object> missed = Flux.fromIterable(caughtUp.missed())
                .filter(update -> update.topic() != null && wanted.contains(update.topic()))
                .cast(Object.class);
        if (!wanted.contains(LiveTopics.DASHBOARDS) || caughtUp.missed().isEmpty()) {
            return missed;
        }
        LiveUpdateView last = caughtUp.missed().get(caughtUp.missed().size() - 1);
        return missed.concatWithValues(new DashboardsChangedView(LiveTopics.DASHBOARDS, last.position(), last.at()));
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
        if (item instanceof DashboardsChangedView hint) {
            return ServerSentEvent.<Object>builder(hint).id(Long.toString(hint.position()))
                    .event(LiveTopics.DASHBOARDS).build();
        }
        LiveUpdateView update = (LiveUpdateView) item;
        return ServerSentEvent.<Object>builder(update).id(Long.toString(update.position())).event(update.topic())
                .build();
    }
}
