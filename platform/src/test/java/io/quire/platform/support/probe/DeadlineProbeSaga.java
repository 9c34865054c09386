package io.quire.platform.support.probe;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.context.annotation.Profile;

import java.time.Duration;

/**
 * Schedules two deadlines an hour ahead through the injected {@link DeadlineManager}: one it keeps, one it cancels
 * when asked. The kept one ends the saga when it fires.
 */
@Saga
@ProcessingGroup(DeadlineProbeSaga.PROCESSING_GROUP)
@Profile(Probes.PROFILE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class DeadlineProbeSaga {

    public static final String PROCESSING_GROUP = "deadline-probe-saga";
    public static final String KEPT = "probe-kept";
    public static final String CANCELLED = "probe-cancelled";
    private static final Duration AHEAD = Duration.ofHours(1);

    private String probeId;
    private String cancelledScheduleId;

    @StartSaga
    @SagaEventHandler(associationProperty = "probeId")
    void on(DeadlineProbeStartedEvent event, DeadlineManager deadlines, DeadlineProbeLog log) {
        probeId = event.probeId();
        log.scheduled(probeId, KEPT, deadlines.schedule(AHEAD, KEPT, probeId));
        cancelledScheduleId = deadlines.schedule(AHEAD, CANCELLED, probeId);
        log.scheduled(probeId, CANCELLED, cancelledScheduleId);
    }

    @SagaEventHandler(associationProperty = "probeId")
    void on(DeadlineProbeCancelRequestedEvent event, DeadlineManager deadlines) {
        deadlines.cancelSchedule(CANCELLED, cancelledScheduleId);
    }

    @DeadlineHandler(deadlineName = KEPT)
    void onKept(String firedFor, DeadlineProbeLog log) {
        log.fired(firedFor, KEPT);
        SagaLifecycle.end();
    }

    @DeadlineHandler(deadlineName = CANCELLED)
    void onCancelled(String firedFor, DeadlineProbeLog log) {
        log.fired(firedFor, CANCELLED);
    }
}
