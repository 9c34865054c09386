package io.quire.sagas.planchange;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.quire.contracts.billing.ActivatePlanCommand;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.CancelPlanChangeCommand;
import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.billing.InvoiceLine;
import io.quire.contracts.billing.IssueInvoiceCommand;
import io.quire.contracts.billing.PlanActivatedEvent;
import io.quire.contracts.billing.PlanChangeCancelledEvent;
import io.quire.contracts.billing.PlanChangeId;
import io.quire.contracts.billing.PlanUpgradeRequestedEvent;
import io.quire.contracts.billing.RefundInvoiceCommand;
import io.quire.contracts.identity.TenantId;
import io.quire.sagas.Amounts;
import io.quire.sagas.SagaSettings;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.journal.SagaJournal;
import io.quire.sagas.journal.SagaJournal.SagaOutcome;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import io.quire.sagas.payment.ChargeOutcome;
import io.quire.sagas.payment.ChargeRequest;
import io.quire.sagas.payment.PaymentPort;
import io.quire.sagas.payment.RefundReceipt;
import io.quire.sagas.payment.RefundRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

/**
 * Carries out a plan upgrade. Forward steps and their compensations:
 * <ol>
 *     <li>charge the prorated amount (key: the change) ↔ refund it;</li>
 *     <li>activate the plan ↔ none needed: nothing critical follows it;</li>
 *     <li>send the receipt and move the CRM deal stage, both non-critical: when they fail the plan stays active and
 *     {@link PlanChangeFollowUp} retries them later.</li>
 * </ol>
 * A declined card cancels the change, and a failed activation refunds the charge: both end {@code compensated}.
 */
@Saga
@ProcessingGroup("plan-change-saga")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class PlanChangeSaga {

    public static final String TYPE = "plan-change";
    static final String RETRY_CHARGE = "plan-change-retry-charge";
    static final String FOLLOW_UP = "plan-change-follow-up";
    static final String RETRY_REFUND = "plan-change-retry-refund";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient PaymentPort payments;
    @Autowired
    private transient PlanChangeFollowUp followUp;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaJournal journal;
    @Autowired
    private transient SagaSettings settings;

    private PlanChangeId changeId;
    private BillingAccountId accountId;
    private TenantId tenantId;
    private InvoiceId invoiceId;
    private String plan;
    private String planName;
    private long amountMinor;
    private String currency;
    private String paymentMethod;
    private Instant periodStart;
    private Instant periodEnd;
    private String chargeId;
    private int chargeAttempts;
    private int refundAttempts;
    private String refundReason;
    private PlanChangeFollowUp.Pending pending;

    @StartSaga
    @SagaEventHandler(associationProperty = "changeId")
    void on(PlanUpgradeRequestedEvent event) {
        changeId = event.changeId();
        accountId = event.accountId();
        tenantId = event.tenantId();
        invoiceId = event.invoiceId();
        plan = event.target().code();
        planName = event.target().name();
        amountMinor = event.prorationMinor();
        currency = event.currency();
        paymentMethod = event.paymentMethod();
        periodStart = event.requestedAt();
        periodEnd = event.periodEnd();
        journal.started(TYPE, subject(), tenantId.toString());
        if (amountMinor == 0) {
            journal.step(TYPE, subject(), "charge", StepStatus.SKIPPED, 0, "nothing to charge for this period");
            activate();
        } else {
            charge();
        }
    }

    @DeadlineHandler(deadlineName = RETRY_CHARGE)
    void retryCharge() {
        charge();
    }

    private void charge() {
        chargeAttempts++;
        try {
            ChargeOutcome outcome = payments.charge(new ChargeRequest("plan-change:" + changeId, tenantId.toString(),
                    paymentMethod, amountMinor, currency, invoiceId.toString(), "Upgrade to " + planName));
            if (outcome instanceof ChargeOutcome.Captured captured) {
                chargeId = captured.chargeId();
                journal.step(TYPE, subject(), "charge", StepStatus.DONE, chargeAttempts, "captured " + chargeId);
                commands.sendAndWait(new IssueInvoiceCommand(invoiceId, tenantId, accountId, "proration",
                        periodStart, periodEnd, List.of(prorationLine()), currency, paymentMethod, chargeId));
                activate();
            } else if (outcome instanceof ChargeOutcome.Declined declined) {
                journal.step(TYPE, subject(), "charge", StepStatus.FAILED, chargeAttempts,
                        declined.code() + ": " + declined.message());
                cancel(declined.code());
            }
        } catch (AdapterFailure failure) {
            // The provider may have captured without answering. Giving up could leave that money taken for nothing,
            // so the charge is asked again, under the same key, until the provider says what happened.
            journal.step(TYPE, subject(), "charge", StepStatus.RETRYING, chargeAttempts, failure.getMessage());
            deadlines.schedule(settings.retryDelay(), RETRY_CHARGE);
        }
    }

    private void activate() {
        try {
            commands.sendAndWait(new ActivatePlanCommand(accountId, tenantId, changeId));
        } catch (RuntimeException refused) {
            journal.step(TYPE, subject(), "activate", StepStatus.FAILED, 1, refused.getMessage());
            refund(refused.getMessage());
        }
    }

    /** The compensation of the charge. The refund is keyed by the change, so repeating it returns money once. */
    private void refund(String reason) {
        refundReason = reason;
        if (chargeId == null) {
            cancel(reason);
            return;
        }
        refundAttempts++;
        try {
            RefundReceipt receipt = payments.refund(new RefundRequest("plan-change-refund:" + changeId, chargeId,
                    amountMinor, currency, "plan activation failed"));
            journal.step(TYPE, subject(), "refund", StepStatus.COMPENSATED, refundAttempts,
                    "refunded " + receipt.refundId());
            commands.sendAndWait(new RefundInvoiceCommand(invoiceId, tenantId, receipt.refundId(), amountMinor,
                    "plan activation failed"));
            cancel(reason);
        } catch (AdapterFailure failure) {
            // The money must come back, so a refund is never given up; it waits for the provider instead.
            journal.step(TYPE, subject(), "refund", StepStatus.RETRYING, refundAttempts, failure.getMessage());
            deadlines.schedule(settings.retryDelay(), RETRY_REFUND);
        }
    }

    @DeadlineHandler(deadlineName = RETRY_REFUND)
    void retryRefund() {
        refund(refundReason);
    }

    /** Abandons the change. If the account refuses (it settled the change otherwise), the saga still ends. */
    private void cancel(String reason) {
        try {
            commands.sendAndWait(new CancelPlanChangeCommand(accountId, tenantId, changeId, reason));
        } catch (RuntimeException refused) {
            journal.step(TYPE, subject(), "cancel", StepStatus.FAILED, 1, refused.getMessage());
            journal.ended(TYPE, subject(), SagaOutcome.COMPENSATED);
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = "changeId")
    void on(PlanActivatedEvent event) {
        journal.step(TYPE, subject(), "activate", StepStatus.DONE, 1, "plan " + plan + " is active");
        pending = followUp.run(context(), PlanChangeFollowUp.Pending.all(), 1);
        finishOrWait();
    }

    @DeadlineHandler(deadlineName = FOLLOW_UP)
    void retryFollowUp(Integer round) {
        pending = followUp.run(context(), pending, round);
        if (pending.any() && round >= settings.maxFollowUps()) {
            followUp.abandon(context(), pending, round);
            pending = PlanChangeFollowUp.Pending.none();
        }
        finishOrWait(round);
    }

    private void finishOrWait() {
        finishOrWait(1);
    }

    private void finishOrWait(int round) {
        if (pending.any()) {
            deadlines.schedule(settings.followUpDelay(), FOLLOW_UP, round + 1);
        } else {
            journal.ended(TYPE, subject(), SagaOutcome.COMPLETED);
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "changeId")
    void on(PlanChangeCancelledEvent event) {
        journal.step(TYPE, subject(), "cancel", StepStatus.COMPENSATED, 1, "change cancelled: " + event.reason());
        journal.ended(TYPE, subject(), SagaOutcome.COMPENSATED);
    }

    private PlanChangeFollowUp.Context context() {
        return new PlanChangeFollowUp.Context(TYPE, subject(), tenantId.toString(), plan, planName, amountMinor,
                currency, invoiceId.toString());
    }

    private InvoiceLine prorationLine() {
        return new InvoiceLine("Upgrade to " + planName + " for the rest of the period", 1,
                Amounts.decimal(amountMinor, currency), amountMinor);
    }

    private String subject() {
        return changeId.toString();
    }
}
