package io.quire.query.audit.summary;

import io.quire.contracts.billing.ApiUsageRecordedEvent;
import io.quire.contracts.billing.BillingAccountOpenedEvent;
import io.quire.contracts.billing.InvoiceIssuedEvent;
import io.quire.contracts.billing.InvoicePaidEvent;
import io.quire.contracts.billing.InvoicePaymentFailedEvent;
import io.quire.contracts.billing.InvoiceRefundedEvent;
import io.quire.contracts.billing.PaymentMethodAttachedEvent;
import io.quire.contracts.billing.PlanActivatedEvent;
import io.quire.contracts.billing.PlanDowngradeScheduledEvent;
import io.quire.contracts.billing.PlanUpgradeRequestedEvent;
import io.quire.contracts.billing.SubscriptionSuspendedEvent;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The billing events a person looks for in an audit; the rest get the generic sentence. Amounts in minor units. */
@Component
class BillingSummarizer implements EventSummarizer {

    @Override
    public Optional<String> describe(LoggedEvent event) {
        Object payload = event.payload();
        if (payload instanceof BillingAccountOpenedEvent e) {
            return Optional.of("Billing account opened on plan " + e.plan().code());
        }
        if (payload instanceof PaymentMethodAttachedEvent e) {
            return Optional.of("Payment method " + e.paymentMethod() + " attached");
        }
        if (payload instanceof PlanUpgradeRequestedEvent e) {
            return Optional.of("Upgrade from plan " + e.fromPlan() + " to " + e.target().code() + " requested ("
                    + e.prorationMinor() + " " + e.currency() + " pro rata)");
        }
        if (payload instanceof PlanDowngradeScheduledEvent e) {
            return Optional.of("Downgrade from plan " + e.fromPlan() + " to " + e.target().code()
                    + " scheduled for " + e.effectiveAt());
        }
        if (payload instanceof PlanActivatedEvent e) {
            return Optional.of("Plan " + e.plan().code() + " activated (was " + e.previousPlan() + ")");
        }
        if (payload instanceof InvoiceIssuedEvent e) {
            return Optional.of("Invoice " + e.invoiceId() + " issued for " + e.totalMinor() + " " + e.currency());
        }
        if (payload instanceof InvoicePaidEvent e) {
            return Optional.of("Invoice " + e.invoiceId() + " paid (" + e.amountMinor() + ")");
        }
        if (payload instanceof InvoicePaymentFailedEvent e) {
            return Optional.of("Payment of invoice " + e.invoiceId() + " failed on attempt " + e.attempt() + ": "
                    + e.code());
        }
        if (payload instanceof InvoiceRefundedEvent e) {
            return Optional.of("Invoice " + e.invoiceId() + " refunded (" + e.amountMinor() + ")");
        }
        if (payload instanceof SubscriptionSuspendedEvent e) {
            return Optional.of("Subscription suspended for the unpaid invoice " + e.invoiceId());
        }
        if (payload instanceof ApiUsageRecordedEvent e) {
            return Optional.of(e.calls() + " API calls recorded for the minute from " + e.minute());
        }
        return Optional.empty();
    }
}
