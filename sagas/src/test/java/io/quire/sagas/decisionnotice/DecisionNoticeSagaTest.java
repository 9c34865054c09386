package io.quire.sagas.decisionnotice;

import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionId;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.identity.TenantId;
import io.quire.sagas.SagaSettings;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import io.quire.sagas.support.FixedDirectory;
import io.quire.sagas.support.RecordingCrm;
import io.quire.sagas.support.RecordingJournal;
import io.quire.sagas.support.RecordingMail;
import io.quire.sagas.email.OutgoingEmail;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionNoticeSagaTest {

    private final SagaTestFixture<DecisionNoticeSaga> fixture = new SagaTestFixture<>(DecisionNoticeSaga.class);
    private final RecordingMail mail = new RecordingMail();
    private final RecordingCrm crm = new RecordingCrm();
    private final RecordingJournal journal = new RecordingJournal();
    private final FixedDirectory directory = new FixedDirectory();
    private final SagaSettings settings = SagaSettings.defaults();

    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final DecisionId decision = DecisionId.random();
    private final DecisionId successor = DecisionId.random();
    private final DecisionApprovedEvent approved = new DecisionApprovedEvent(decision, tenant, "key:b", 2, 3);
    private final Duration grace = settings.decisionNoticeDelay();

    @BeforeEach
    void wire() {
        directory.decision(decision.toString(), "Adopt PostgreSQL", "key:a", List.of("key:b", "key:c"));
        directory.principalEmails.put("key:a", "ada@acme.test");
        directory.principalEmails.put("key:b", "bob@acme.test");
        fixture.registerResource(journal);
        fixture.registerResource(settings);
        fixture.registerResource(new DecisionAnnouncement(mail, crm, directory, directory, journal));
    }

    @Test
    void waitsForTheGracePeriodBeforeAnnouncing() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(approved)
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(grace, DecisionNoticeSaga.ANNOUNCE);
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void mailsEveryStakeholderWithAnAddressAndLogsACrmActivity() {
        fixture.givenAPublished(approved)
                .whenTimeElapses(grace.plusSeconds(1))
                .expectActiveSagas(0);
        assertThat(mail.sent).extracting(OutgoingEmail::to).containsExactly("ada@acme.test", "bob@acme.test");
        assertThat(crm.activities).containsValue("Decision approved: Adopt PostgreSQL");
        assertThat(journal.outcomes).containsExactly("completed");
    }

    @Test
    void cancelsThePendingAnnouncementWhenSupersededDuringTheGracePeriod() {
        fixture.givenAPublished(approved)
                .whenPublishingA(new DecisionSupersededEvent(decision, tenant, successor, 4))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(mail.sent).isEmpty();
        assertThat(journal.lastStatus).containsEntry("announce", StepStatus.CANCELLED);
        assertThat(journal.outcomes).containsExactly("compensated");
    }

    @Test
    void compensatesWhatWasDoneWhenSupersededWhileStepsArePending() throws Exception {
        crm.down(true);
        fixture.givenAPublished(approved)
                .andThenTimeElapses(grace.plusSeconds(1))
                .whenPublishingA(new DecisionSupersededEvent(decision, tenant, successor, 4))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(mail.templates()).containsExactly("decision-approved", "decision-approved",
                "decision-superseded", "decision-superseded");
        assertThat(journal.outcomes).containsExactly("compensated");
    }

    @Test
    void removesTheCrmActivityOfASupersededAnnouncementThatIsStillRetryingMail() throws Exception {
        mail.down(true);
        fixture.givenAPublished(approved)
                .andThenTimeElapses(grace.plusSeconds(1))
                .whenPublishingA(new DecisionSupersededEvent(decision, tenant, successor, 4))
                .expectActiveSagas(0);
        assertThat(crm.deleted).containsExactly("act_1");
        assertThat(journal.lastStatus).containsEntry("crm-activity", StepStatus.COMPENSATED);
    }
}
