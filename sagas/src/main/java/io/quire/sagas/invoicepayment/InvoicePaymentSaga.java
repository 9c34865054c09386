package io.quire.sagas.invoicepayment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
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
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.journal.SagaJournal;
import io.quire.sagas.journal.SagaJournal.SagaOutcome;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import io.quire.sagas.payment.ChargeOutcome;
import io.quire.sagas.payment.ChargeRequest;
import io.quire.sagas.payment.PaymentPort;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Collects an invoice, with dunning. Each attempt charges under the key {@code invoice:attempt}; an attempt whose
 * outcome is unknown is repeated under the same key, so a provider that captured but did not answer is never
 * charged twice. A declined attempt marks the subscription past due, mails the tenant and waits for the next
 * attempt; after the last one the subscription is suspended ({@code compensated}). A payment, at any point,
 * reactivates the subscription ({@code completed}). The tenant can also ask to pay later, which starts this saga
 * again for one attempt.
 */
@Saga
@ProcessingGroup("invoice-payment-saga")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class InvoicePaymentSaga {

    public static final String TYPE = "invoice-payment";
    static final String NEXT_ATTEMPT = "invoice-payment-next-attempt";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient PaymentPort payments;
    @Autowired
    private transient DunningMail mail;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaJournal journal;
    @Autowired
    private transient SagaSettings settings;

    private InvoiceId invoiceId;
    private TenantId tenantId;
    private BillingAccountId accountId;
    private long amountMinor;
    private String currency;
    private String paymentMethod;
    private int attempt;
    private int lastAttempt;
    private int unknownOutcomes;
    private String nextAttemptSchedule;
    /** Changes only after a definite decline: an attempt without an answer may have captured, so it keeps its key. */
    private String chargeKey;

    @StartSaga
    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoicePaymentDueEvent event) {
        begin(event.invoiceId(), event.tenantId(), event.accountId(), event.amountMinor(), event.currency());
        paymentMethod = event.paymentMethod();
        attempt = 1;
        lastAttempt = settings.collectionAttempts();
        collect();
    }

    /** The tenant pays now: during dunning this replaces the waiting attempt; afterwards it is one more attempt. */
    @StartSaga
    @SagaEventHandler(associationProperty = "invoiceId")
    void on(InvoicePaymentRequestedEvent event) {
        if (invoiceId == null) {
            begin(event.invoiceId(), event.tenantId(), event.accountId(), event.amountMinor(), event.currency());
            attempt = event.attemptsSoFar() + 1;
            lastAttempt = attempt;
        } else if (nextAttemptSchedule != null) {
            deadlines.cancelSchedule(NEXT_ATTEMPT, nextAttemptSchedule);
            nextAttemptSchedule = null;
        }
        paymentMethod = event.paymentMethod();
        collect();
    }

    @DeadlineHandler(deadlineName = NEXT_ATTEMPT)
    void onNextAttempt() {
        nextAttemptSchedule = null;
        collect();
    }

    private void begin(InvoiceId invoice, TenantId tenant, BillingAccountId account, long amount, String money) {
        invoiceId = invoice;
        tenantId = tenant;
        accountId = account;
        amountMinor = amount;
        currency = money;
        journal.started(TYPE, invoiceId.toString(), tenantId.toString());
    }

    private void collect() {
        if (chargeKey == null) {
            chargeKey = "invoice:" + invoiceId + ":" + attempt;
        }
        String step = "charge-attempt-" + attempt;
        if (paymentMethod == null) {
            declined(step, new ChargeOutcome.Declined("no_payment_method", "The account has no payment method"));
            return;
        }
        try {
            ChargeOutcome outcome = payments.charge(new ChargeRequest(chargeKey,
                    tenantId.toString(), paymentMethod, amountMinor, currency, invoiceId.toString(),
                    "Invoice " + invoiceId));
            unknownOutcomes = 0;
            if (outcome instanceof ChargeOutcome.Captured captured) {
                paid(step, captured);
            } else if (outcome instanceof ChargeOutcome.Declined declined) {
                declined(step, declined);
            }
        } catch (AdapterFailure failure) {
            // Without an answer the attempt may have captured: it is neither a decline nor over, so it is asked
            // again under the same key until the provider says what happened.
            unknownOutcomes++;
            journal.step(TYPE, invoiceId.toString(), step, StepStatus.RETRYING, unknownOutcomes, failure.getMessage());
            nextAttemptSchedule = deadlines.schedule(settings.retryDelay(), NEXT_ATTEMPT);
        }
    }

    private void paid(String step, ChargeOutcome.Captured captured) {
        journal.step(TYPE, invoiceId.toString(), step, StepStatus.DONE, 1, "captured " + captured.chargeId());
        commands.sendAndWait(new RecordInvoicePaymentCommand(invoiceId, tenantId, captured.chargeId(), amountMinor));
        commands.sendAndWait(new ReactivateSubscriptionCommand(accountId, tenantId, invoiceId));
        mail.paid(invoiceId, tenantId, amountMinor, currency);
        journal.ended(TYPE, invoiceId.toString(), SagaOutcome.COMPLETED);
        SagaLifecycle.end();
    }

    private void declined(String step, ChargeOutcome.Declined declined) {
        boolean last = attempt >= lastAttempt;
        journal.step(TYPE, invoiceId.toString(), step, StepStatus.FAILED, 1,
                declined.code() + ": " + declined.message());
        commands.sendAndWait(new RecordInvoicePaymentFailureCommand(invoiceId, tenantId, attempt, declined.code(),
                declined.message(), last));
        if (last) {
            commands.sendAndWait(new SuspendSubscriptionCommand(accountId, tenantId, invoiceId));
            journal.step(TYPE, invoiceId.toString(), "suspend", StepStatus.COMPENSATED, 1,
                    "subscription suspended after " + attempt + " attempts");
            mail.suspended(invoiceId, tenantId, amountMinor, currency);
            journal.ended(TYPE, invoiceId.toString(), SagaOutcome.COMPENSATED);
            SagaLifecycle.end();
            return;
        }
        commands.sendAndWait(new MarkSubscriptionPastDueCommand(accountId, tenantId, invoiceId));
        mail.failed(invoiceId, tenantId, amountMinor, currency, attempt, lastAttempt - attempt, declined);
        nextAttemptSchedule = deadlines.schedule(settings.dunningDelays().get(attempt - 1), NEXT_ATTEMPT);
        attempt++;
        chargeKey = null;
    }
}
