package io.quire.sagas.planchange;

import io.quire.contracts.billing.ActivatePlanCommand;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.CancelPlanChangeCommand;
import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.billing.IssueInvoiceCommand;
import io.quire.contracts.billing.PlanActivatedEvent;
import io.quire.contracts.billing.PlanChangeCancelledEvent;
import io.quire.contracts.billing.PlanChangeId;
import io.quire.contracts.billing.PlanTerms;
import io.quire.contracts.billing.PlanUpgradeRequestedEvent;
import io.quire.contracts.billing.RefundInvoiceCommand;
import io.quire.contracts.identity.TenantId;
import io.quire.sagas.SagaSettings;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import io.quire.sagas.support.FixedDirectory;
import io.quire.sagas.support.RecordingCrm;
import io.quire.sagas.support.RecordingJournal;
import io.quire.sagas.support.RecordingMail;
import io.quire.sagas.support.ScriptedPayments;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.andNoMore;

class PlanChangeSagaTest {

    private static final PlanTerms TEAM = new PlanTerms("team", "Team", 4900, "EUR", 5000, 25, 600,
            new BigDecimal("0.01"));

    private final SagaTestFixture<PlanChangeSaga> fixture = new SagaTestFixture<>(PlanChangeSaga.class);
    private final ScriptedPayments payments = new ScriptedPayments();
    private final RecordingMail mail = new RecordingMail();
    private final RecordingCrm crm = new RecordingCrm();
    private final RecordingJournal journal = new RecordingJournal();
    private final SagaSettings settings = SagaSettings.defaults();

    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final BillingAccountId account = BillingAccountId.of(tenant);
    private final PlanChangeId change = new PlanChangeId(UUID.randomUUID());
    private final InvoiceId invoice = new InvoiceId(UUID.randomUUID());
    private final Instant now = Instant.parse("2026-03-16T12:00:00Z");

    @BeforeEach
    void wire() {
        FixedDirectory directory = new FixedDirectory();
        fixture.registerResource(payments);
        fixture.registerResource(journal);
        fixture.registerResource(settings);
        fixture.registerResource(new PlanChangeFollowUp(mail, crm, directory, journal));
    }

    private PlanUpgradeRequestedEvent requested(long proration) {
        return new PlanUpgradeRequestedEvent(account, tenant, change, "free", TEAM, proration, "EUR", "pm_card_ok",
                invoice, now, Instant.parse("2026-04-01T00:00:00Z"), 3);
    }

    private PlanActivatedEvent activated() {
        return new PlanActivatedEvent(account, tenant, change, "free", TEAM, 4);
    }

    @Test
    void chargesThenRecordsTheProrationInvoiceThenActivates() {
        payments.capture("ch_1");
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(2450))
                .expectActiveSagas(1)
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(
                        matches(command -> command instanceof IssueInvoiceCommand issue
                                && "ch_1".equals(issue.chargeId()) && issue.lines().get(0).amountMinor() == 2450),
                        matches(command -> command.equals(new ActivatePlanCommand(account, tenant, change))),
                        andNoMore())));
        assertThat(payments.charges).singleElement()
                .satisfies(charge -> assertThat(charge.idempotencyKey()).isEqualTo("plan-change:" + change));
    }

    @Test
    void activatesAtOnceWhenThereIsNothingToCharge() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(0))
                .expectDispatchedCommands(new ActivatePlanCommand(account, tenant, change));
        assertThat(payments.charges).isEmpty();
    }

    @Test
    void cancelsTheChangeWhenTheCardIsDeclined() {
        payments.decline("card_declined");
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(2450))
                .expectDispatchedCommands(new CancelPlanChangeCommand(account, tenant, change, "card_declined"));
        assertThat(journal.lastStatus).containsEntry("charge", StepStatus.FAILED);
    }

    @Test
    void endsCompensatedOnceTheChangeIsCancelled() {
        fixture.givenAPublished(requested(2450))
                .whenPublishingA(new PlanChangeCancelledEvent(account, tenant, change, "card_declined", 4))
                .expectActiveSagas(0);
        assertThat(journal.outcomes).containsExactly("compensated");
    }

    @Test
    void refundsTheChargeWhenActivationFails() {
        payments.capture("ch_1");
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ActivatePlanCommand) {
                throw new IllegalStateException("Plan change is not pending");
            }
            return 1L;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(2450))
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(
                        matches(command -> command instanceof IssueInvoiceCommand),
                        matches(command -> command instanceof ActivatePlanCommand),
                        matches(command -> command instanceof RefundInvoiceCommand refund
                                && refund.amountMinor() == 2450 && refund.refundId().equals("re_1")),
                        matches(command -> command instanceof CancelPlanChangeCommand),
                        andNoMore())));
        assertThat(payments.refunds).singleElement().satisfies(refund -> {
            assertThat(refund.chargeId()).isEqualTo("ch_1");
            assertThat(refund.idempotencyKey()).isEqualTo("plan-change-refund:" + change);
        });
        assertThat(journal.lastStatus).containsEntry("refund", StepStatus.COMPENSATED);
    }

    @Test
    void keepsTryingTheRefundUntilTheProviderAnswers() {
        payments.capture("ch_1");
        payments.refundsUnavailable(true);
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ActivatePlanCommand) {
                throw new IllegalStateException("Plan change is not pending");
            }
            return 1L;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(2450))
                .expectScheduledDeadlineWithName(settings.retryDelay(), PlanChangeSaga.RETRY_REFUND);
        payments.refundsUnavailable(false);
        fixture.whenTimeElapses(settings.retryDelay())
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(
                        matches(command -> command instanceof RefundInvoiceCommand),
                        matches(command -> command instanceof CancelPlanChangeCommand),
                        andNoMore())));
        assertThat(payments.refunds).hasSize(2).allSatisfy(refund ->
                assertThat(refund.idempotencyKey()).isEqualTo("plan-change-refund:" + change));
    }

    @Test
    void retriesAChargeWithoutAnAnswerUnderTheSameKey() {
        payments.noAnswer().capture("ch_1");
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(2450))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(settings.retryDelay(), PlanChangeSaga.RETRY_CHARGE);
        fixture.whenTimeElapses(settings.retryDelay().plusSeconds(1))
                .expectDispatchedCommandsMatching(payloadsMatching(exactSequenceOf(
                        matches(command -> command instanceof IssueInvoiceCommand),
                        matches(command -> command instanceof ActivatePlanCommand),
                        andNoMore())));
        assertThat(payments.charges).extracting(charge -> charge.idempotencyKey()).containsOnly(
                "plan-change:" + change);
    }

    @Test
    void sendsTheReceiptAndMovesTheDealThenCompletes() {
        fixture.givenAPublished(requested(2450))
                .whenPublishingA(activated())
                .expectActiveSagas(0);
        assertThat(mail.templates()).containsExactly("plan-receipt");
        assertThat(crm.stages).containsEntry(tenant.toString(), "customer-team");
        assertThat(journal.outcomes).containsExactly("completed");
    }

    @Test
    void keepsThePlanAndFollowsUpWhenMailAndCrmAreDown() {
        mail.down(true);
        crm.down(true);
        fixture.givenAPublished(requested(2450))
                .whenPublishingA(activated())
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(settings.followUpDelay(), PlanChangeSaga.FOLLOW_UP);
        assertThat(journal.lastStatus).containsEntry("receipt", StepStatus.FOLLOW_UP)
                .containsEntry("crm-deal-stage", StepStatus.FOLLOW_UP);

        mail.down(false);
        crm.down(false);
        fixture.whenTimeElapses(settings.followUpDelay().plus(Duration.ofSeconds(1)))
                .expectActiveSagas(0);
        assertThat(mail.templates()).containsExactly("plan-receipt");
        assertThat(journal.outcomes).containsExactly("completed");
    }
}
