package io.quire.platform.saga;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.ScheduledTasks;
import io.quire.platform.support.probe.DeadlineProbeLog;
import io.quire.platform.support.probe.DeadlineProbeSaga;
import io.quire.platform.support.probe.DeadlineProbeStartedEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.quire.platform.support.probe.DeadlineProbeSaga.CANCELLED;
import static io.quire.platform.support.probe.DeadlineProbeSaga.KEPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sagas live in {@code saga_entry}, found through {@code association_value_entry}, from the event that starts them
 * to the one that ends them; their processors are tracking processors without a dead-letter queue.
 */
class SagaStoreTest extends ApiTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    EventGateway events;

    @Autowired
    DeadlineProbeLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aSagaKeepsItsStateInTheSagaStoreUntilItEnds() {
        String probe = UUID.randomUUID().toString();
        events.publish(new DeadlineProbeStartedEvent(probe));

        String sagaId = Eventually.present("the saga is stored", LIMIT, () -> sagaAssociatedWith(probe));
        Map<String, Object> saga = jdbc.queryForMap(
                "SELECT saga_type, serialized_saga FROM saga_entry WHERE saga_id = ?", sagaId);
        assertThat(saga.get("saga_type")).isEqualTo(DeadlineProbeSaga.class.getName());
        String state = new String((byte[]) saga.get("serialized_saga"), StandardCharsets.UTF_8);
        assertThat(state).contains(probe).contains(log.scheduleId(probe, CANCELLED).orElseThrow());

        ScheduledTasks tasks = new ScheduledTasks(jdbc);
        String kept = log.scheduleId(probe, KEPT).orElseThrow();
        Eventually.holds("the deadline is stored", LIMIT, () -> tasks.pending(kept));
        tasks.makeDueNow(kept);
        Eventually.holds("the saga that ended leaves the store", LIMIT, () -> sagaAssociatedWith(probe).isEmpty()
                && jdbc.queryForObject("SELECT count(*) FROM saga_entry WHERE saga_id = ?", Long.class, sagaId) == 0);
    }

    @Test
    void sagasRunInTrackingProcessorsWithoutADeadLetterQueue() {
        assertThat(processing.eventProcessor(DeadlineProbeSaga.PROCESSING_GROUP, TrackingEventProcessor.class))
                .isPresent();
        assertThat(processing.sequencedDeadLetterProcessor(DeadlineProbeSaga.PROCESSING_GROUP)).isEmpty();
    }

    private Optional<String> sagaAssociatedWith(String probe) {
        List<String> ids = jdbc.queryForList("""
                SELECT saga_id FROM association_value_entry
                WHERE saga_type = ? AND association_key = 'probeId' AND association_value = ?""",
                String.class, DeadlineProbeSaga.class.getName(), probe);
        return ids.stream().findFirst();
    }
}
