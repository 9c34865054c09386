package io.quire.query.live;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.live.LiveUpdateView;
import io.quire.query.eventlog.EventLog;
import io.quire.query.eventlog.EventSelection;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a reconnecting client missed since its {@code Last-Event-ID}, read from the event store through the tenant
 * index. Bounded: more than {@code replay-limit} events, or events older than {@code replay-window}, are not replayed;
 * the client is told to refetch instead.
 */
@Component
class MissedUpdates {

    private final EventLog log;
    private final LiveUpdates updates;
    private final LiveSettings settings;
    private final Clock clock;

    MissedUpdates(EventLog log, LiveUpdates updates, LiveSettings settings, Clock clock) {
        this.log = log;
        this.updates = updates;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Everything of the tenant after {@code lastSeen}, or a reset when that is more than the stream replays. A reset
     * stands for everything up to {@code head}, the position the live updates start after.
     */
    Mono<CatchUp> since(TenantId tenant, long lastSeen, long head) {
        Instant oldestReplayed = clock.instant().minus(settings.replayWindow());
        return log.page(tenant, EventSelection.everything(), lastSeen, settings.replayLimit() + 1).collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(missed -> {
                    if (missed.size() > settings.replayLimit()) {
                        return CatchUp.reset(Math.max(head, lastOf(missed)), "more than " + settings.replayLimit()
                                + " events were missed");
                    }
                    if (!missed.isEmpty() && missed.get(0).at().isBefore(oldestReplayed)) {
                        return CatchUp.reset(Math.max(head, lastOf(missed)), "the missed events are older than "
                                + settings.replayWindow());
                    }
                    return CatchUp.replay(missed.stream().map(updates::of).toList());
                });
    }

    private static long lastOf(List<LoggedEvent> events) {
        return events.get(events.size() - 1).position();
    }

    /**
     * Either the missed updates, in order, or a reset: the client must refetch what it shows, since the stream
     * cannot replay everything. {@code resetAt} is the last position the reset stands for.
     */
    record CatchUp(List<LiveUpdateView> missed, boolean reset, long resetAt, String reason) {

        static CatchUp replay(List<LiveUpdateView> missed) {
            return new CatchUp(missed, false, -1, null);
        }

        static CatchUp reset(long resetAt, String reason) {
            return new CatchUp(List.of(), true, resetAt, reason);
        }

        static CatchUp nothing() {
            return replay(List.of());
        }
    }
}
