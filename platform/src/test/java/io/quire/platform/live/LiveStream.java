package io.quire.platform.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.Quire.Tenant;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of {@code GET /api/v1/stream}, as a browser's fetch would read it: everything the server sends is kept in
 * arrival order, comments (heartbeats) included, until the test closes the connection.
 */
final class LiveStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS =
            new ParameterizedTypeReference<>() {
            };

    private final BlockingQueue<ServerSentEvent<String>> arrived = new LinkedBlockingQueue<>();
    private final List<ServerSentEvent<String>> seen = new ArrayList<>();
    private final Disposable connection;

    private LiveStream(int port, Tenant tenant, String query, String lastEventId) {
        WebClient.RequestHeadersSpec<?> request = WebClient.create("http://localhost:" + port).get()
                .uri("/api/v1/stream" + query)
                .header("X-Api-Key", tenant.apiKey())
                .accept(MediaType.TEXT_EVENT_STREAM);
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        connection = request.retrieve().bodyToFlux(EVENTS).subscribe(arrived::add);
    }

    /** Opens a stream and waits until the server has accepted it. */
    static LiveStream open(int port, Tenant tenant, String query) {
        return open(port, tenant, query, null);
    }

    static LiveStream open(int port, Tenant tenant, String query, String lastEventId) {
        LiveStream stream = new LiveStream(port, tenant, query, lastEventId);
        stream.next(Duration.ofSeconds(10), event -> "stream open".equals(comment(event)));
        return stream;
    }

    /** Waits for the next message (not a comment) that matches, and answers it. */
    ServerSentEvent<String> nextMessage(Duration limit, Predicate<ServerSentEvent<String>> wanted) {
        return next(limit, event -> event.data() != null && wanted.test(event));
    }

    /** Waits for the next thing received, comment or message, that matches. */
    ServerSentEvent<String> next(Duration limit, Predicate<ServerSentEvent<String>> wanted) {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                ServerSentEvent<String> event = arrived.poll(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("Nothing matching arrived on the stream within " + limit
                            + "; received " + seen);
                }
                seen.add(event);
                if (wanted.test(event)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while reading the stream", e);
        }
    }

    /** Every message (not comment) received so far, including those {@link #next} passed over. */
    List<ServerSentEvent<String>> messages() {
        arrived.drainTo(seen);
        return seen.stream().filter(event -> event.data() != null).toList();
    }

    static JsonNode data(ServerSentEvent<String> event) {
        try {
            return JSON.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + event.data(), e);
        }
    }

    static String comment(ServerSentEvent<String> event) {
        return event.comment() == null ? null : event.comment().trim();
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
