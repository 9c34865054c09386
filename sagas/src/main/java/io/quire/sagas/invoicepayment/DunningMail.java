package io.quire.sagas.invoicepayment;

import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.identity.TenantId;
import io.quire.sagas.Amounts;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.directory.Contacts;
import io.quire.sagas.email.EmailPort;
import io.quire.sagas.email.OutgoingEmail;
import io.quire.sagas.journal.SagaJournal;
import io.quire.sagas.journal.SagaJournal.StepStatus;
import io.quire.sagas.payment.ChargeOutcome;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mail that goes with collecting an invoice. Mail is informative, never critical: when it cannot be sent, the
 * journal says so and collection goes on.
 */
@Component
public class DunningMail {

    private final EmailPort email;
    private final Contacts contacts;
    private final SagaJournal journal;

    public DunningMail(EmailPort email, Contacts contacts, SagaJournal journal) {
        this.email = email;
        this.contacts = contacts;
        this.journal = journal;
    }

    void paid(InvoiceId invoice, TenantId tenant, long amountMinor, String currency) {
        send(invoice, tenant, "invoice-paid", "mail-paid", values(invoice, tenant, amountMinor, currency));
    }

    void failed(InvoiceId invoice, TenantId tenant, long amountMinor, String currency, int attempt, int attemptsLeft,
                ChargeOutcome.Declined declined) {
        Map<String, String> values = values(invoice, tenant, amountMinor, currency);
        values.put("attempt", Integer.toString(attempt));
        values.put("attemptsLeft", Integer.toString(attemptsLeft));
        values.put("reason", declined.message());
        send(invoice, tenant, "payment-failed", "mail-payment-failed-" + attempt, values);
    }

    void suspended(InvoiceId invoice, TenantId tenant, long amountMinor, String currency) {
        send(invoice, tenant, "subscription-suspended", "mail-suspended",
                values(invoice, tenant, amountMinor, currency));
    }

    private void send(InvoiceId invoice, TenantId tenant, String template, String step, Map<String, String> values) {
        Optional<String> to = contacts.tenantEmail(tenant.toString());
        if (to.isEmpty()) {
            journal.step(InvoicePaymentSaga.TYPE, invoice.toString(), step, StepStatus.SKIPPED, 1,
                    "the tenant has no contact email");
            return;
        }
        try {
            email.send(new OutgoingEmail(to.get(), template, values, template + ":" + invoice + ":" + step));
            journal.step(InvoicePaymentSaga.TYPE, invoice.toString(), step, StepStatus.DONE, 1, "sent to " + to.get());
        } catch (AdapterFailure failure) {
            journal.step(InvoicePaymentSaga.TYPE, invoice.toString(), step, StepStatus.FAILED, 1,
                    failure.getMessage());
        }
    }

    private Map<String, String> values(InvoiceId invoice, TenantId tenant, long amountMinor, String currency) {
        Map<String, String> values = new HashMap<>();
        values.put("tenantName", contacts.tenantName(tenant.toString()));
        values.put("invoiceId", invoice.toString());
        values.put("amount", Amounts.decimal(amountMinor, currency).toPlainString());
        values.put("currency", currency);
        return values;
    }
}
