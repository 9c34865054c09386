package io.quire.platform.replay;

import io.quire.platform.replay.application.ProjectionRebuild;
import io.quire.platform.replay.application.ProjectionReplay;
import io.quire.platform.replay.application.ProjectionStatus;
import io.quire.platform.replay.application.ProjectionView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operators' view of the projections (docs/replay-and-evaluation.md), behind the admin bearer token: their progress,
 * replays in place and blue-green rebuilds into shadow tables. Everything that touches processors or JDBC runs off
 * the event loop.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
public class ProjectionEndpoint {

    private static final Duration PROGRESS_EVERY = Duration.ofMillis(500);
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(15);

    private final ProjectionStatus status;
    private final ProjectionReplay replay;
    private final ProjectionRebuild rebuild;

    public ProjectionEndpoint(ProjectionStatus status, ProjectionReplay replay, ProjectionRebuild rebuild) {
        this.status = status;
        this.replay = replay;
        this.rebuild = rebuild;
    }

    public record ProjectionList(List<ProjectionView> items) {
    }

    public record Accepted(String name, String status) {
    }

    /** Every processing group a streaming processor runs, with its progress. */
    @GetMapping
    public Mono<ProjectionList> list() {
        return blocking(() -> new ProjectionList(status.all()));
    }

    /** Empties the group's tables and handles every event again; 202 once the replay has begun. */
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<Accepted> replay(@PathVariable String name) {
        return blocking(() -> {
            replay.start(name);
            return new Accepted(name, status.of(name).status());
        });
    }

    /** Builds the group anew in shadow tables while the current ones serve, then swaps them in at once. */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<Accepted> rebuild(@PathVariable String name) {
        return blocking(() -> {
            rebuild.start(name);
            return new Accepted(name, "rebuilding");
        });
    }

    /** A {@code progress} event for each group whenever its progress changed, looked at every 500 ms. */
    @GetMapping(path = "/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<ProjectionView>> progress() {
        Map<String, ProjectionView> sent = new ConcurrentHashMap<>();
        Flux<ServerSentEvent<ProjectionView>> changes = Flux.interval(Duration.ZERO, PROGRESS_EVERY)
                .onBackpressureDrop()
                .concatMap(tick -> blocking(status::all))
                .flatMapIterable(views -> views.stream().filter(view -> !view.equals(sent.put(view.name(), view)))
                        .toList())
                .map(view -> ServerSentEvent.builder(view).event("progress").build());
        Flux<ServerSentEvent<ProjectionView>> heartbeats = Flux.interval(HEARTBEAT_EVERY)
                .map(tick -> ServerSentEvent.<ProjectionView>builder().comment("heartbeat").build());
        return Flux.merge(changes, heartbeats);
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
