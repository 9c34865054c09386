package io.quire.platform.billing;

import io.quire.contracts.billing.ApiUsageRecordedEvent;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.identity.TenantId;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Meters API calls per tenant. Counting an event per call would double the writes of every request, so calls are
 * counted in memory and recorded once a minute per tenant as an {@link ApiUsageRecordedEvent}, from which the usage
 * meter projection builds the per-minute peak and the period total. A crash loses at most the current minute's
 * count, which only ever under-bills.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ApiUsageMetering implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiUsageMetering.class);

    private final EventGateway events;
    private final Clock clock;
    private final ScheduledExecutorService flusher;
    private volatile Window window;

    public ApiUsageMetering(EventGateway events, Clock clock,
                            @Value("${quire.billing.api-usage-flush:60s}") Duration every) {
        this.events = events;
        this.clock = clock;
        this.window = new Window(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "api-usage-metering");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Caller caller = exchange.getAttribute(Caller.ATTRIBUTE);
        if (caller != null && caller.tenantId() != null) {
            window.calls.computeIfAbsent(caller.tenantId(), tenant -> new LongAdder()).increment();
        }
        return chain.filter(exchange);
    }

    /** Records the calls of the window that just ended and opens the next one. */
    void flush() {
        Window ended = window;
        window = new Window(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        try {
            ended.calls.forEach((tenant, calls) ->
                    events.publish(new ApiUsageRecordedEvent(tenant, ended.start, calls.sum())));
        } catch (RuntimeException e) {
            log.warn("Could not record API usage for the minute starting {}: {}", ended.start, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        flusher.shutdown();
        flush();
    }

    private static final class Window {
        final Instant start;
        final Map<TenantId, LongAdder> calls = new ConcurrentHashMap<>();

        Window(Instant start) {
            this.start = start;
        }
    }
}
