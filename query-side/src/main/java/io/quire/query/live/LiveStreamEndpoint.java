package io.quire.query.live;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.live.DashboardsChangedView;
import io.quire.contracts.live.FindLiveUpdatesQuery;
import io.quire.contracts.live.LiveUpdateView;
import io.quire.contracts.live.StreamResetView;
import io.quire.query.live.MissedUpdates.CatchUp;
import io.quire.query.shared.BadInput;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/stream}: the caller's tenant's changes as Server-Sent Events, from an Axon subscription query
 * that only ever carries that tenant's updates. A reconnecting client's {@code Last-Event-ID} is honoured from the
 * event store where it can be; heartbeats keep the connection open; each tenant may hold a bounded number of streams.
 * Closing the connection ends the subscription and frees the tenant's slot.
 */
@RestController
public class LiveStreamEndpoint {

    private static final String RESET = "reset";

    private final QueryGateway queries;
    private final MissedUpdates missedUpdates;
    private final StreamSlots slots;
    private final LiveSettings settings;

    public LiveStreamEndpoint(QueryGateway queries, MissedUpdates missedUpdates, StreamSlots slots,
                              LiveSettings settings) {
        this.queries = queries;
        this.missedUpdates = missedUpdates;
        this.slots = slots;
        this.settings = settings;
    }

    /** No {@code produces} here: refusals must still be answered as problem+json. */
    @GetMapping("/api/v1/stream")
    public ResponseEntity<Flux<ServerSentEvent<Object>>> stream(
            @RequestParam(required = false) String topics,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Set<String> wanted = LiveTopics.parse(topics);
        Long lastSeen = lastEventId(lastEventId);
        StreamSlots.Slot slot = slots.take(caller.tenantId());
        Flux<ServerSentEvent<Object>> events = Flux.defer(() -> follow(caller.tenantId(), wanted, lastSeen))
                .doFinally(signal -> slot.release());
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                // Proxies such as nginx would otherwise hold events back to fill their buffers.
                .header("X-Accel-Buffering", "no")
                .body(events);
    }

    private Flux<ServerSentEvent<Object>> follow(TenantId tenant, Set<String> wanted, Long lastSeen) {
        SubscriptionQueryResult<Long, LiveUpdateView> subscription = queries.subscriptionQuery(
                FindLiveUpdatesQuery.class.getName(), new FindLiveUpdatesQuery(tenant, wanted), ResponseTypes.instanceOf(Long.class),
                ResponseTypes.instanceOf(LiveUpdateView.class), settings.bufferSize());
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
            Set<Long> replayed = caughtUp.missed().stream().map(LiveUpdateView::position).collect(Collectors.toSet());
            return Flux.concat(catchUpItems(caughtUp),
                    live.filter(item -> !(item instanceof LiveUpdateView update && replayed.contains(update.position()))));
        });
        Flux<ServerSentEvent<Object>> messages = updates.publish(shared -> Flux.merge(
                shared.filter(item -> forClient(item, wanted)).map(LiveStreamEndpoint::event),
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

    /**
     * Refusals of a stream (bad topics, too many streams) are problem+json even though the client asked for
     * {@code text/event-stream}: content negotiation alone would wrap the problem in an SSE frame.
     */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal, ServerWebExchange exchange) {
        ProblemDetail problem = refusal.getBody();
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(raw.trim());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw BadInput.of("Last-Event-ID", "Last-Event-ID must be the id of an event this stream sent");
        }
    }
}
