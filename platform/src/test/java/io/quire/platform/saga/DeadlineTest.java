package io.quire.platform.saga;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.ScheduledTasks;
import io.quire.platform.support.probe.DeadlineProbeCancelRequestedEvent;
import io.quire.platform.support.probe.DeadlineProbeLog;
import io.quire.platform.support.probe.DeadlineProbeSaga;
import io.quire.platform.support.probe.DeadlineProbeStartedEvent;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.quire.platform.support.probe.DeadlineProbeSaga.CANCELLED;
import static io.quire.platform.support.probe.DeadlineProbeSaga.KEPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines scheduled through the injected {@link DeadlineManager} are rows in {@code scheduled_tasks} until they
 * fire, and fire from there; a cancelled one is gone and never fires, and cancelling it again is no error.
 */
class DeadlineTest extends ApiTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    ApplicationContext context;

    @Autowired
    Configuration axon;

    @Autowired
    EventGateway events;

    @Autowired
    DeadlineProbeLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    private ScheduledTasks tasks;

    @BeforeEach
    void tasks() {
        tasks = new ScheduledTasks(jdbc);
    }

    @Test
    void theOnlyDeadlineManagerIsThePersistentOne() {
        Map<String, DeadlineManager> managers = context.getBeansOfType(DeadlineManager.class);
        assertThat(managers).hasSize(1);
        DeadlineManager manager = managers.values().iterator().next();
        assertThat(manager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(axon.deadlineManager()).isSameAs(manager);
    }

    @Test
    void aScheduledDeadlineIsStoredUntilItFiresAndFiresFromTheStore() {
        String probe = startProbe();
        String kept = scheduleIdOf(probe, KEPT);
        Instant due = Eventually.present("the deadline is stored", LIMIT, () -> tasks.dueAt(kept));
        assertThat(due).as("scheduled an hour ahead").isAfter(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(log.fired(probe)).isEmpty();

        tasks.makeDueNow(kept);
        Eventually.holds("the deadline fires", LIMIT, () -> log.fired(probe).contains(KEPT));
        Eventually.holds("a fired deadline leaves the store", LIMIT, () -> !tasks.pending(kept));
        assertThat(log.fired(probe)).containsExactly(KEPT);
    }

    @Test
    void aCancelledDeadlineLeavesTheStoreAndNeverFires() {
        String probe = startProbe();
        String kept = scheduleIdOf(probe, KEPT);
        String cancelled = scheduleIdOf(probe, CANCELLED);
        Eventually.holds("both deadlines are stored", LIMIT, () -> tasks.pending(kept) && tasks.pending(cancelled));

        events.publish(new DeadlineProbeCancelRequestedEvent(probe));
        Eventually.holds("the cancelled deadline leaves the store", LIMIT, () -> !tasks.pending(cancelled));
        assertThat(tasks.pending(kept)).isTrue();

        tasks.makeDueNow(cancelled, kept);
        Eventually.holds("the kept deadline fires", LIMIT, () -> log.fired(probe).contains(KEPT));
        assertThat(log.fired(probe)).containsExactly(KEPT);
    }

    @Test
    void cancellingADeadlineThatIsAlreadyGoneChangesNothing() {
        String probe = startProbe();
        String cancelled = scheduleIdOf(probe, CANCELLED);
        Eventually.holds("the deadline is stored", LIMIT, () -> tasks.pending(cancelled));
        events.publish(new DeadlineProbeCancelRequestedEvent(probe));
        Eventually.holds("the cancelled deadline leaves the store", LIMIT, () -> !tasks.pending(cancelled));

        events.publish(new DeadlineProbeCancelRequestedEvent(probe));
        long published = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        TrackingEventProcessor sagas = processing.eventProcessor(DeadlineProbeSaga.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        Eventually.holds("the saga handles the second cancellation and goes on", LIMIT,
                () -> sagas.processingStatus().values().stream().allMatch(status -> !status.isErrorState()
                        && status.getCurrentPosition().orElse(-1) >= published));
    }

    private String startProbe() {
        String probe = UUID.randomUUID().toString();
        events.publish(new DeadlineProbeStartedEvent(probe));
        return probe;
    }

    private String scheduleIdOf(String probe, String deadline) {
        return Eventually.present("the saga schedules " + deadline, LIMIT, () -> log.scheduleId(probe, deadline));
    }
}
