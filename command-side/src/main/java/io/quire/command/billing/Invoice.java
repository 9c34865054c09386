package io.quire.command.billing;

import io.quire.command.shared.Guards;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.StateConflictException;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.billing.InvoiceIssuedEvent;
import io.quire.contracts.billing.InvoiceLine;
import io.quire.contracts.billing.InvoicePaidEvent;
import io.quire.contracts.billing.InvoicePaymentDueEvent;
import io.quire.contracts.billing.InvoicePaymentFailedEvent;
import io.quire.contracts.billing.InvoicePaymentRequestedEvent;
import io.quire.contracts.billing.InvoiceRefundedEvent;
import io.quire.contracts.billing.IssueInvoiceCommand;
import io.quire.contracts.billing.RecordInvoicePaymentCommand;
import io.quire.contracts.billing.RecordInvoicePaymentFailureCommand;
import io.quire.contracts.billing.RefundInvoiceCommand;
import io.quire.contracts.billing.RequestInvoicePaymentCommand;
import io.quire.contracts.identity.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An invoice: issued with its lines, then collected. Paid at most once, by exactly one charge; a second charge for
 * the same invoice is refused so the saga that captured it refunds it instead.
 */
@Aggregate
public class Invoice {

    public static final String KIND = "invoice";
    private static final Set<String> KINDS = Set.of("period", "proration");

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private TenantId tenantId;
    private BillingAccountId accountId;
    private long totalMinor;
    private String currency;
    private String paymentMethod;
    private InvoiceStatus status;
    private int attempts;
    private String chargeId;
    private String refundId;
    private long version;

    @CommandHandler
    public Invoice(IssueInvoiceCommand command) {
        if (!KINDS.contains(command.kind()) || command.lines() == null || command.lines().isEmpty()
                || command.currency() == null) {
            throw new InvalidInputException("invoice", "An invoice needs a kind, a currency and at least one line");
        }
        long total = command.lines().stream().mapToLong(InvoiceLine::amountMinor).sum();
        apply(new InvoiceIssuedEvent(command.invoiceId(), command.tenantId(), command.accountId(), command.kind(),
                command.periodStart(), command.periodEnd(), command.lines(), total, command.currency(), 1));
        if (command.chargeId() != null || total == 0) {
            apply(new InvoicePaidEvent(command.invoiceId(), command.tenantId(), command.accountId(),
                    command.chargeId(), total, 2));
        } else {
            apply(new InvoicePaymentDueEvent(command.invoiceId(), command.tenantId(), command.accountId(), total,
                    command.currency(), command.paymentMethod(), 2));
        }
    }

    @CommandHandler
    public long handle(RecordInvoicePaymentCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, invoiceId);
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.REFUNDED) {
            if (Objects.equals(chargeId, command.chargeId())) {
                return version;
            }
            throw new StateConflictException("Invoice " + invoiceId + " is already paid by charge " + chargeId);
        }
        if (command.amountMinor() != totalMinor) {
            throw new StateConflictException("A payment of " + command.amountMinor() + " does not settle a total of "
                    + totalMinor);
        }
        apply(new InvoicePaidEvent(invoiceId, tenantId, accountId, command.chargeId(), totalMinor, version + 1));
        return version;
    }

    @CommandHandler
    public long handle(RecordInvoicePaymentFailureCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, invoiceId);
        if (command.attempt() <= attempts || !status.collectible()) {
            return version;
        }
        apply(new InvoicePaymentFailedEvent(invoiceId, tenantId, accountId, command.attempt(), command.code(),
                command.message(), command.finalAttempt(), version + 1));
        return version;
    }

    @CommandHandler
    public long handle(RequestInvoicePaymentCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, invoiceId);
        String method = command.paymentMethod() == null ? paymentMethod
                : PaymentMethods.require("paymentMethod", command.paymentMethod());
        if (!status.collectible()) {
            throw new StateConflictException("Invoice " + invoiceId + " is " + status.label() + "; nothing to pay");
        }
        if (method == null) {
            throw new InvalidInputException("paymentMethod", "Name a paymentMethod: this invoice has none yet");
        }
        apply(new InvoicePaymentRequestedEvent(invoiceId, tenantId, accountId, totalMinor, currency, method,
                attempts, version + 1));
        return version;
    }

    @CommandHandler
    public long handle(RefundInvoiceCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, invoiceId);
        if (status == InvoiceStatus.REFUNDED && Objects.equals(refundId, command.refundId())) {
            return version;
        }
        if (status != InvoiceStatus.PAID) {
            throw new StateConflictException("Only a paid invoice can be refunded; invoice " + invoiceId + " is "
                    + status.label());
        }
        apply(new InvoiceRefundedEvent(invoiceId, tenantId, accountId, command.refundId(), command.amountMinor(),
                command.reason(), version + 1));
        return version;
    }

    @EventSourcingHandler
    void on(InvoiceIssuedEvent event) {
        invoiceId = event.invoiceId();
        tenantId = event.tenantId();
        accountId = event.accountId();
        totalMinor = event.totalMinor();
        currency = event.currency();
        status = InvoiceStatus.OPEN;
        version = event.version();
    }

    @EventSourcingHandler
    void on(InvoicePaymentDueEvent event) {
        paymentMethod = event.paymentMethod();
        version = event.version();
    }

    @EventSourcingHandler
    void on(InvoicePaymentRequestedEvent event) {
        paymentMethod = event.paymentMethod();
        version = event.version();
    }

    @EventSourcingHandler
    void on(InvoicePaidEvent event) {
        status = InvoiceStatus.PAID;
        chargeId = event.chargeId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(InvoicePaymentFailedEvent event) {
        attempts = event.attempt();
        status = event.finalAttempt() ? InvoiceStatus.UNCOLLECTIBLE : InvoiceStatus.PAST_DUE;
        version = event.version();
    }

    @EventSourcingHandler
    void on(InvoiceRefundedEvent event) {
        status = InvoiceStatus.REFUNDED;
        refundId = event.refundId();
        version = event.version();
    }

    protected Invoice() {
    }

    /** Where an invoice stands; only open, past-due and uncollectible invoices can still be paid. */
    private enum InvoiceStatus {
        OPEN, PAST_DUE, UNCOLLECTIBLE, PAID, REFUNDED;

        boolean collectible() {
            return this == OPEN || this == PAST_DUE || this == UNCOLLECTIBLE;
        }

        String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }
}
