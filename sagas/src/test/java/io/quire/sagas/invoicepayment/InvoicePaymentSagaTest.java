package io.quire.sagas.invoicepayment;

import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.billing.InvoicePaymentDueEvent;
import io.quire.contracts.billing.InvoicePaymentRequestedEvent;
import io.quire.contracts.billing.MarkSubscriptionPastDueCommand;
import io.quire.contracts.billing.ReactivateSubscriptionCommand;
import io.quire.contracts.billing.RecordInvoicePaymentCommand;
import io.quire.contracts.billing.RecordInvoicePaymentFailureCommand;
import io.quire.contracts.billing.SuspendSubscriptionCommand;
import io.quire.contracts.identity.TenantId;
import io.quire.sagas.SagaSettings;
import io.quire.sagas.support.FixedDirectory;
import io.quire.sagas.support.RecordingJournal;
import io.quire.sagas.support.RecordingMail;
import io.quire.sagas.support.ScriptedPayments;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicePaymentSagaTest {

    private final SagaTestFixture<InvoicePaymentSaga> fixture = new SagaTestFixture<>(InvoicePaymentSaga.class);
    private final ScriptedPayments payments = new ScriptedPayments();
    private final RecordingMail mail = new RecordingMail();
    private final RecordingJournal journal = new RecordingJournal();
    private final SagaSettings settings = new SagaSettings(Duration.ofSeconds(30), null, 0,
            List.of(Duration.ofHours(1), Duration.ofHours(24)), null);

    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final BillingAccountId account = BillingAccountId.of(tenant);
    private final InvoiceId invoice = new InvoiceId(UUID.randomUUID());
    private final InvoicePaymentDueEvent due = new InvoicePaymentDueEvent(invoice, tenant, account, 4900, "EUR",
            "pm_card_ok", 2);

    @BeforeEach
    void wire() {
        fixture.registerResource(payments);
        fixture.registerResource(journal);
        fixture.registerResource(settings);
        fixture.registerResource(new DunningMail(mail, new FixedDirectory(), journal));
    }

    @Test
    void collectsAnInvoiceAndCompletes() {
        payments.capture("ch_1");
        fixture.givenNoPriorActivity()
                .whenPublishingA(due)
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RecordInvoicePaymentCommand(invoice, tenant, "ch_1", 4900),
                        new ReactivateSubscriptionCommand(account, tenant, invoice));
        assertThat(mail.templates()).containsExactly("invoice-paid");
        assertThat(journal.outcomes).containsExactly("completed");
    }

    @Test
    void marksPastDueMailsAndRetriesAfterADecline() {
        payments.decline("card_declined");
        fixture.givenNoPriorActivity()
                .whenPublishingA(due)
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        new RecordInvoicePaymentFailureCommand(invoice, tenant, 1, "card_declined",
                                "Your card was declined", false),
                        new MarkSubscriptionPastDueCommand(account, tenant, invoice))
                .expectScheduledDeadlineWithName(Duration.ofHours(1), InvoicePaymentSaga.NEXT_ATTEMPT);
        assertThat(mail.templates()).containsExactly("payment-failed");
    }

    @Test
    void suspendsTheSubscriptionAfterTheLastDeclinedAttempt() {
        payments.decline("card_declined").decline("card_declined").decline("card_declined");
        fixture.givenNoPriorActivity().whenPublishingA(due);
        fixture.whenTimeElapses(Duration.ofHours(1).plusSeconds(1));
        fixture.whenTimeElapses(Duration.ofHours(24).plusSeconds(1))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new RecordInvoicePaymentFailureCommand(invoice, tenant, 3, "card_declined",
                                "Your card was declined", true),
                        new SuspendSubscriptionCommand(account, tenant, invoice));
        assertThat(payments.charges).extracting(charge -> charge.idempotencyKey()).containsExactly(
                "invoice:" + invoice + ":1", "invoice:" + invoice + ":2", "invoice:" + invoice + ":3");
        assertThat(mail.templates()).containsExactly("payment-failed", "payment-failed", "subscription-suspended");
        assertThat(journal.outcomes).containsExactly("compensated");
    }

    @Test
    void neverChangesTheKeyOfAnAttemptThatGotNoAnswer() {
        payments.noAnswer().noAnswer().capture("ch_1");
        fixture.givenNoPriorActivity().whenPublishingA(due).expectNoDispatchedCommands();
        fixture.whenTimeElapses(Duration.ofSeconds(31));
        fixture.whenTimeElapses(Duration.ofHours(1).plusSeconds(1));
        assertThat(payments.charges).extracting(charge -> charge.idempotencyKey()).containsOnly(
                "invoice:" + invoice + ":1");
        assertThat(journal.outcomes).containsExactly("completed");
    }

    @Test
    void aPaymentAfterSuspensionReactivatesTheSubscription() {
        payments.capture("ch_9");
        fixture.givenNoPriorActivity()
                .whenPublishingA(new InvoicePaymentRequestedEvent(invoice, tenant, account, 4900, "EUR",
                        "pm_card_ok", 3, 7))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new RecordInvoicePaymentCommand(invoice, tenant, "ch_9", 4900),
                        new ReactivateSubscriptionCommand(account, tenant, invoice));
        assertThat(payments.charges).singleElement().satisfies(charge ->
                assertThat(charge.idempotencyKey()).isEqualTo("invoice:" + invoice + ":4"));
    }

    @Test
    void aPaymentDuringDunningReplacesTheWaitingAttempt() {
        payments.decline("card_declined").capture("ch_2");
        fixture.givenAPublished(due)
                .whenPublishingA(new InvoicePaymentRequestedEvent(invoice, tenant, account, 4900, "EUR",
                        "pm_card_other", 1, 5))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(payments.charges).extracting(charge -> charge.paymentMethod())
                .containsExactly("pm_card_ok", "pm_card_other");
    }

    @Test
    void declinesWithoutCallingTheProviderWhenThereIsNoPaymentMethod() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new InvoicePaymentDueEvent(invoice, tenant, account, 4900, "EUR", null, 2))
                .expectDispatchedCommands(
                        new RecordInvoicePaymentFailureCommand(invoice, tenant, 1, "no_payment_method",
                                "The account has no payment method", false),
                        new MarkSubscriptionPastDueCommand(account, tenant, invoice));
        assertThat(payments.charges).isEmpty();
    }
}
