package io.quire.platform.replay.application;

import io.quire.platform.replay.infrastructure.ReplayTwins;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Replays a processing group in place: its processor stops, Axon resets its token to the start of the event store
 * (running the projections' {@code @ResetHandler}s, which empty their tables, and clearing its dead letters), and the
 * events are handled again from the first. Handlers marked {@code @DisallowReplay} see none of them. The replay runs
 * in a twin of the processor with the larger replay batch size ({@link ReplayTwins}); once the twin has passed the
 * position the reset was made at, the live processor takes over again from the twin's token.
 */
@Component
public class ProjectionReplay {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);
    private static final long WATCH_EVERY_MILLIS = 200;

    private final ProjectionCatalog catalog;
    private final ProjectionJobs jobs;
    private final EventProcessingConfiguration processing;
    private final ReplayTwins twins;
    private final Set<Replay> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay-watcher");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionReplay(ProjectionCatalog catalog, ProjectionJobs jobs, EventProcessingConfiguration processing,
                            ReplayTwins twins) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.processing = processing;
        this.twins = twins;
    }

    /** Resets the group and starts its replay; answers once the tables are empty and the replay has begun. */
    public void start(String name) {
        ProjectionGroup group = catalog.group(name).requireReplayable();
        if (group.candidate()) {
            throw new ProjectionRefused("A candidate projection is evaluated, never replayed: '" + name + "'");
        }
        StreamingEventProcessor live = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(name));
        Replay replay = new Replay(name, live);
        jobs.begin(name, replay);
        try {
            live.shutDown();
            live.resetTokens();
            replay.begin();
        } catch (RuntimeException e) {
            jobs.fail(name, replay, e);
            replay.stopTwin();
            if (!live.isRunning()) {
                live.start();
            }
            throw new ProjectionRefused("Projection '" + name + "' could not be reset: " + ProjectionJobs.describe(e));
        }
        log.info("Replay of processing group {} started", name);
    }

    /** Twins are not Axon's to stop: a replay still running when the application stops is stopped here. */
    @PreDestroy
    void stopReplays() {
        watcher.shutdownNow();
        active.forEach(Replay::stopTwin);
    }

    /** One replay: the twin that runs it (for tracking processors), or the live processor itself otherwise. */
    private final class Replay implements ProjectionJobs.Job {

        private final String name;
        private final StreamingEventProcessor live;
        private volatile StreamingEventProcessor runner;
        private volatile ScheduledFuture<?> watch;

        Replay(String name, StreamingEventProcessor live) {
            this.name = name;
            this.live = live;
        }

        void begin() {
            runner = live instanceof TrackingEventProcessor tracking ? twins.twinOf(tracking) : live;
            active.add(this);
            runner.start();
            watch = watcher.scheduleWithFixedDelay(this::checkDone, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public String status() {
            return "replaying";
        }

        @Override
        public OptionalLong position() {
            StreamingEventProcessor current = runner;
            return current == null ? OptionalLong.empty() : ProjectionPositions.of(current);
        }

        /** Done once every segment has reached the reset position and has handled all that was there. */
        private void checkDone() {
            try {
                Collection<EventTrackerStatus> segments = runner.processingStatus().values();
                boolean done = !segments.isEmpty() && segments.stream()
                        .allMatch(status -> !ProjectionPositions.replaying(status) && status.isCaughtUp()
                                && !status.isErrorState());
                if (done) {
                    stopTwin();
                    live.start();
                    jobs.finish(name, this);
                    watch.cancel(false);
                    log.info("Replay of processing group {} finished", name);
                }
            } catch (RuntimeException e) {
                log.warn("Replay of processing group {} could not hand over to its live processor", name, e);
                jobs.fail(name, this, e);
                watch.cancel(false);
                if (!live.isRunning()) {
                    live.start();
                }
            }
        }

        void stopTwin() {
            active.remove(this);
            if (runner != null && runner != live) {
                runner.shutDown();
            }
        }
    }
}
