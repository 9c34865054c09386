package io.quire.query.live;

import io.quire.contracts.identity.Caller;
import io.quire.query.shared.BadInput;
import io.quire.query.shared.ProblemJson;
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
import reactor.core.publisher.Flux;

import java.util.Set;

/**
 * {@code GET /api/v1/stream}: the caller's tenant's changes as Server-Sent Events ({@link LiveFeed}). Each tenant may
 * hold a bounded number of streams; closing the connection ends the subscription and frees the tenant's slot.
 */
@RestController
public class LiveStreamEndpoint {

    private final LiveFeed feed;
    private final StreamSlots slots;

    public LiveStreamEndpoint(LiveFeed feed, StreamSlots slots) {
        this.feed = feed;
        this.slots = slots;
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
        Flux<ServerSentEvent<Object>> events = Flux.defer(() -> feed.follow(caller.tenantId(), wanted, lastSeen))
                .doFinally(signal -> slot.release());
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .cacheControl(CacheControl.noStore())
                // Proxies such as nginx would otherwise hold events back to fill their buffers.
                .header("X-Accel-Buffering", "no")
                .body(events);
    }

    /** Refusals (bad topics, too many streams) are problem+json although the client asked for an event stream. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal, ServerWebExchange exchange) {
        return ProblemJson.of(refusal, exchange);
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
