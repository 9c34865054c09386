package io.quire.sagas.decisionnotice;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionId;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.identity.TenantId;
import io.quire.sagas.SagaSettings;
import io.quire.sagas.journal.SagaJournal;
import io.quire.sagas.journal.SagaJournal.SagaOutcome;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Announces an approved decision: an email to every stakeholder (its author and approvers) and an activity on the
 * tenant's CRM record. The announcement waits for a short grace period. If the decision is superseded before every
 * step is done, the pending steps are cancelled and the done ones compensated: the CRM activity is removed and
 * whoever was already mailed learns of the supersession.
 */
@Saga
@ProcessingGroup("decision-notice-saga")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DecisionNoticeSaga {

    public static final String TYPE = "decision-notice";
    static final String ANNOUNCE = "decision-notice-announce";

    @Autowired
    private transient DecisionAnnouncement announcement;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaJournal journal;
    @Autowired
    private transient SagaSettings settings;

    private DecisionId decisionId;
    private TenantId tenantId;
    private String schedule;
    private int round;
    private Set<String> mailed = new LinkedHashSet<>();
    private String activityId;

    @StartSaga
    @SagaEventHandler(associationProperty = "decisionId")
    void on(DecisionApprovedEvent event) {
        decisionId = event.decisionId();
        tenantId = event.tenantId();
        journal.started(TYPE, decisionId.toString(), tenantId.toString());
        journal.step(TYPE, decisionId.toString(), "announce", StepStatus.PENDING, 0,
                "waits " + settings.decisionNoticeDelay() + " for a supersession");
        schedule = deadlines.schedule(settings.decisionNoticeDelay(), ANNOUNCE);
    }

    @DeadlineHandler(deadlineName = ANNOUNCE)
    void announce() {
        schedule = null;
        round++;
        DecisionAnnouncement.Progress progress = announcement.run(context(), mailed, activityId, round);
        mailed = new LinkedHashSet<>(progress.mailed());
        activityId = progress.activityId();
        if (!progress.pending() || round >= settings.maxFollowUps()) {
            if (progress.pending()) {
                journal.step(TYPE, decisionId.toString(), "announce", StepStatus.FAILED, round,
                        "left to an operator after " + round + " tries");
            }
            journal.ended(TYPE, decisionId.toString(), SagaOutcome.COMPLETED);
            SagaLifecycle.end();
            return;
        }
        schedule = deadlines.schedule(settings.followUpDelay(), ANNOUNCE);
    }

    @SagaEventHandler(associationProperty = "decisionId")
    void on(DecisionSupersededEvent event) {
        if (schedule != null) {
            deadlines.cancelSchedule(ANNOUNCE, schedule);
            journal.step(TYPE, decisionId.toString(), "announce", StepStatus.CANCELLED, round,
                    "superseded by " + event.supersededBy() + " before it was announced");
        }
        announcement.compensate(context(), mailed, activityId, event.supersededBy().toString());
        journal.ended(TYPE, decisionId.toString(), SagaOutcome.COMPENSATED);
        SagaLifecycle.end();
    }

    private DecisionAnnouncement.Context context() {
        return new DecisionAnnouncement.Context(TYPE, decisionId.toString(), tenantId.toString());
    }
}
