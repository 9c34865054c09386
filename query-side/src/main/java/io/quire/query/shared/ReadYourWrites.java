package io.quire.query.shared;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Lets a query wait until projections have processed a given event position (the consistency token a command
 * answered with). The wait is bounded; past it, the query answers with what it has and says the read may be stale.
 * The processors' in-memory status only advances after a batch commits, so "reached" means "visible".
 */
@Component
public class ReadYourWrites {

    public static final String HEADER = "Quire-Consistency";
    private static final Duration POLL = Duration.ofMillis(5);

    private final EventProcessingConfiguration processing;
    private final Duration maxWait;

    public ReadYourWrites(EventProcessingConfiguration processing,
                          @Value("${quire.consistency.max-wait:5s}") Duration maxWait) {
        this.processing = processing;
        this.maxWait = maxWait;
    }

    /** Answers {@code true} once every named processing group has reached the token, {@code false} on time-out. */
    public Mono<Boolean> await(String token, String... processingGroups) {
        if (token == null || token.isBlank()) {
            return Mono.just(true);
        }
        long position = parse(token);
        List<String> groups = List.of(processingGroups);
        if (reachedByAll(groups, position)) {
            return Mono.just(true);
        }
        return Flux.interval(POLL)
                .filter(tick -> reachedByAll(groups, position))
                .next()
                .map(tick -> true)
                .timeout(maxWait, Mono.just(false));
    }

    /** The header value a query answers with, given the outcome of {@link #await}. */
    public static String headerValue(boolean reached) {
        return reached ? "current" : "stale";
    }

    private boolean reachedByAll(Collection<String> groups, long position) {
        return groups.stream().allMatch(group -> reached(group, position));
    }

    private boolean reached(String group, long position) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(processor -> {
                    Collection<EventTrackerStatus> segments = processor.processingStatus().values();
                    return !segments.isEmpty() && segments.stream().allMatch(status -> covers(status, position));
                })
                .orElse(false);
    }

    private static boolean covers(EventTrackerStatus status, long position) {
        if (status.isErrorState() || status.getTrackingToken() == null) {
            return false;
        }
        TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
        if (token instanceof GapAwareTrackingToken gapAware) {
            // Only this position matters. Gaps below it (sequence numbers of transactions that rolled back or
            // died) are other positions; waiting for them would hold the read until Axon gives up on them.
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token != null && token.position().orElse(-1) >= position;
    }

    private static long parse(String token) {
        try {
            long position = Long.parseLong(token.trim());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "consistency must be a token returned by a command answer");
        }
    }
}
