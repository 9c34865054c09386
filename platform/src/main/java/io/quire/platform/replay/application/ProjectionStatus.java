package io.quire.platform.replay.application;

import io.quire.platform.replay.infrastructure.EventFeed;
import io.quire.platform.replay.infrastructure.ReadModelCompletions;
import io.quire.platform.replay.infrastructure.StoredTokens;
import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress of every streaming processing group: what it is doing, how far it is, how fast it goes and when it
 * will reach the head. Positions are sampled every half second to tell the rate.
 */
@Component
public class ProjectionStatus {

    private final ProjectionCatalog catalog;
    private final ProjectionJobs jobs;
    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final EventFeed feed;
    private final ReadModelCompletions completions;
    private final ProjectionRates rates = new ProjectionRates();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rates");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionStatus(ProjectionCatalog catalog, ProjectionJobs jobs, EventProcessingConfiguration processing,
                            StoredTokens tokens, EventFeed feed, ReadModelCompletions completions) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.processing = processing;
        this.tokens = tokens;
        this.feed = feed;
        this.completions = completions;
    }

    /** Processors exist once the application is up; sampling starts then. */
    @EventListener(ApplicationReadyEvent.class)
    void startSampling() {
        sampler.scheduleWithFixedDelay(this::sample, 500, 500, TimeUnit.MILLISECONDS);
    }

    public List<ProjectionView> all() {
        long head = head();
        return catalog.streamingGroups().stream().map(group -> view(group, head)).toList();
    }

    public ProjectionView of(String name) {
        return view(catalog.group(name), head());
    }

    private long head() {
        return feed.head();
    }

    private ProjectionView view(ProjectionGroup group, long head) {
        String name = group.name();
        Optional<ProjectionJobs.Job> job = jobs.current(name);
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        String status = job.map(ProjectionJobs.Job::status).orElseGet(() -> processor.map(this::state)
                .orElse("stopped"));
        long position = livePosition(name, job, processor).orElseGet(() -> storedPosition(name));
        double rate = Math.max(0, rates.perSecond(name));
        long behind = Math.max(0, head - position);
        Long eta = behind == 0 ? Long.valueOf(0) : rate > 0 ? Long.valueOf((long) Math.ceil(behind / rate)) : null;
        double percent = head == 0 ? 100 : Math.min(100, Math.floor(position * 1000.0 / head) / 10);
        return new ProjectionView(name, status, position, head, percent, Math.round(rate * 10) / 10.0, eta,
                group.tables(), group.replayable(), group.refusal().orElse(null),
                jobs.lastFailure(name).orElse(null), pendingRows(group));
    }

    private Long pendingRows(ProjectionGroup group) {
        OptionalLong pending = completions.pending(group.processor());
        return pending.isPresent() ? Long.valueOf(pending.getAsLong()) : null;
    }

    private String state(StreamingEventProcessor processor) {
        if (processor.isError()
                || processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return "error";
        }
        if (!processor.isRunning()) {
            return "stopped";
        }
        boolean replaying = processor.processingStatus().values().stream().anyMatch(ProjectionPositions::replaying);
        return replaying ? "replaying" : "running";
    }

    private Optional<Long> livePosition(String name, Optional<ProjectionJobs.Job> job,
                                        Optional<StreamingEventProcessor> processor) {
        OptionalLong position = job.map(ProjectionJobs.Job::position)
                .filter(OptionalLong::isPresent)
                .orElseGet(() -> processor.map(ProjectionPositions::of).orElse(OptionalLong.empty()));
        return position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty();
    }

    private long storedPosition(String name) {
        return tokens.tokens(name).stream().map(TrackingToken::position)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().orElse(0);
    }

    private void sample() {
        long now = System.nanoTime();
        try {
            for (ProjectionGroup group : catalog.streamingGroups()) {
                Optional<ProjectionJobs.Job> job = jobs.current(group.name());
                livePosition(group.name(), job,
                        processing.eventProcessor(group.name(), StreamingEventProcessor.class))
                        .ifPresent(position -> rates.record(group.name(), position, now));
            }
        } catch (RuntimeException sampleLost) {
            // A missed sample only blurs the rate a little; the next one comes in half a second.
        }
    }

    @PreDestroy
    void stopSampling() {
        sampler.shutdownNow();
    }
}
