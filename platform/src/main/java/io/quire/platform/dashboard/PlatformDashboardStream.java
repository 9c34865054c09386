package io.quire.platform.dashboard;

import io.quire.query.dashboard.billing.BillingDashboardEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The operators' dashboards, live (docs/dashboards.md): {@code GET /api/v1/admin/dashboards/stream} sends the platform
 * dashboard as a {@code platform} event whenever it changed, and a {@code billing} event whenever the read models
 * behind the admin billing dashboard moved on, so that an open dashboard follows the platform without polling.
 * <p>
 * One sampler, started by the first subscriber and stopped after the last has gone, reads the dashboard once a
 * second for every open stream together; a sample that fails (the database is away) is skipped, and the stream
 * stays open for the next.
 */
@RestController
public class PlatformDashboardStream {

    static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(15);
    private static final List<String> BILLING_SOURCES = Arrays.asList(BillingDashboardEndpoint.SOURCES);
    private static final Logger log = LoggerFactory.getLogger(PlatformDashboardStream.class);

    /** What a {@code billing} event says: which dashboard to read again. */
    public record Changed(String dashboard) {
    }

    private final Flux<PlatformDashboard> samples;

    public PlatformDashboardStream(PlatformDashboardQuery query) {
        this.samples = Flux.interval(Duration.ZERO, SAMPLE_EVERY)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(query::read).subscribeOn(Schedulers.boundedElastic())
                        .onErrorResume(e -> {
                            log.debug("A platform dashboard sample failed: {}", e.toString());
                            return Mono.empty();
                        }))
                .replay(1)
                .refCount();
    }

    @GetMapping(path = "/api/v1/admin/dashboards/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<Object>> stream() {
        Flux<ServerSentEvent<Object>> opened = Flux.just(ServerSentEvent.builder().comment("stream open").build());
        Flux<ServerSentEvent<Object>> changes = samples.distinctUntilChanged()
                .scan(new Step(null, null), (step, sample) -> step.next(sample))
                .skip(1)
                .concatMapIterable(Step::events);
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(HEARTBEAT_EVERY)
                .map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
        return opened.concatWith(Flux.merge(changes, heartbeats));
    }

    /** A sample and the one before it on this stream: what changed between them is what is sent. */
    private record Step(PlatformDashboard before, PlatformDashboard now) {

        Step next(PlatformDashboard sample) {
            return new Step(now, sample);
        }

        List<ServerSentEvent<Object>> events() {
            ServerSentEvent<Object> platform = ServerSentEvent.<Object>builder(now).event("platform").build();
            if (before == null || Objects.equals(billingPositions(before), billingPositions(now))) {
                return List.of(platform);
            }
            return List.of(platform, ServerSentEvent.<Object>builder(new Changed(BillingDashboardEndpoint.DASHBOARD))
                    .event("billing").build());
        }

        private static Map<String, Long> billingPositions(PlatformDashboard dashboard) {
            return dashboard.processors().stream().filter(p -> BILLING_SOURCES.contains(p.name()))
                    .collect(Collectors.toMap(PlatformDashboard.Processor::name, PlatformDashboard.Processor::position));
        }
    }
}
