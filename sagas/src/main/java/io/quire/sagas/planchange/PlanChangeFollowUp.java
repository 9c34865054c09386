package io.quire.sagas.planchange;

import io.quire.sagas.Amounts;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.crm.CrmPort;
import io.quire.sagas.directory.Contacts;
import io.quire.sagas.email.EmailPort;
import io.quire.sagas.email.OutgoingEmail;
import io.quire.sagas.journal.SagaJournal;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The non-critical steps after a plan is active: the receipt email and the CRM deal stage. A failure here never
 * undoes the plan; the step stays pending and the saga tries it again later.
 */
@Component
public class PlanChangeFollowUp {

    private final EmailPort email;
    private final CrmPort crm;
    private final Contacts contacts;
    private final SagaJournal journal;

    public PlanChangeFollowUp(EmailPort email, CrmPort crm, Contacts contacts, SagaJournal journal) {
        this.email = email;
        this.crm = crm;
        this.contacts = contacts;
        this.journal = journal;
    }

    /** What is still to do. */
    public record Pending(boolean receipt, boolean dealStage) {

        static Pending all() {
            return new Pending(true, true);
        }

        static Pending none() {
            return new Pending(false, false);
        }

        boolean any() {
            return receipt || dealStage;
        }
    }

    /** What the steps need to know about the change. */
    record Context(String sagaType, String subject, String tenantId, String plan, String planName, long amountMinor,
                   String currency, String invoiceId) {
    }

    /** Tries every pending step once ({@code round} counts the tries) and answers what is still pending. */
    Pending run(Context change, Pending pending, int round) {
        boolean receipt = pending.receipt() && !sendReceipt(change, round);
        boolean dealStage = pending.dealStage() && !moveDealStage(change, round);
        return new Pending(receipt, dealStage);
    }

    /** Leaves what is still pending to an operator, visibly. */
    void abandon(Context change, Pending pending, int round) {
        if (pending.receipt()) {
            journal.step(change.sagaType(), change.subject(), "receipt", StepStatus.FAILED, round,
                    "left to an operator after " + round + " tries");
        }
        if (pending.dealStage()) {
            journal.step(change.sagaType(), change.subject(), "crm-deal-stage", StepStatus.FAILED, round,
                    "left to an operator after " + round + " tries");
        }
    }

    private boolean sendReceipt(Context change, int round) {
        Optional<String> to = contacts.tenantEmail(change.tenantId());
        if (to.isEmpty()) {
            journal.step(change.sagaType(), change.subject(), "receipt", StepStatus.SKIPPED, round,
                    "the tenant has no contact email");
            return true;
        }
        try {
            email.send(new OutgoingEmail(to.get(), "plan-receipt", Map.of(
                    "tenantName", contacts.tenantName(change.tenantId()), "plan", change.planName(),
                    "amount", Amounts.decimal(change.amountMinor(), change.currency()).toPlainString(),
                    "currency", change.currency(),
                    "invoiceId", change.invoiceId()), "plan-receipt:" + change.subject()));
            journal.step(change.sagaType(), change.subject(), "receipt", StepStatus.DONE, round, "sent to " + to.get());
            return true;
        } catch (AdapterFailure failure) {
            journal.step(change.sagaType(), change.subject(), "receipt", StepStatus.FOLLOW_UP, round,
                    failure.getMessage());
            return false;
        }
    }

    private boolean moveDealStage(Context change, int round) {
        try {
            crm.upsertCompany(change.tenantId(), contacts.tenantName(change.tenantId()));
            String previous = crm.moveDealStage(change.tenantId(), "customer-" + change.plan());
            journal.step(change.sagaType(), change.subject(), "crm-deal-stage", StepStatus.DONE, round,
                    "moved from " + previous + " to customer-" + change.plan());
            return true;
        } catch (AdapterFailure failure) {
            journal.step(change.sagaType(), change.subject(), "crm-deal-stage", StepStatus.FOLLOW_UP, round,
                    failure.getMessage());
            return false;
        }
    }
}
