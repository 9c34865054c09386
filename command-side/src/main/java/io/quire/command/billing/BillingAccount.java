package io.quire.command.billing;

import io.quire.command.shared.Guards;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.UnprocessableException;
import io.quire.contracts.billing.ActivatePlanCommand;
import io.quire.contracts.billing.AttachPaymentMethodCommand;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.BillingAccountOpenedEvent;
import io.quire.contracts.billing.BillingPeriodClosedEvent;
import io.quire.contracts.billing.CancelPlanChangeCommand;
import io.quire.contracts.billing.CloseBillingPeriodCommand;
import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.billing.MarkSubscriptionPastDueCommand;
import io.quire.contracts.billing.OpenBillingAccountCommand;
import io.quire.contracts.billing.PaymentMethodAttachedEvent;
import io.quire.contracts.billing.PlanActivatedEvent;
import io.quire.contracts.billing.PlanChangeCancelledEvent;
import io.quire.contracts.billing.PlanChangeId;
import io.quire.contracts.billing.PlanDowngradeScheduledEvent;
import io.quire.contracts.billing.PlanTerms;
import io.quire.contracts.billing.PlanUpgradeRequestedEvent;
import io.quire.contracts.billing.ReactivateSubscriptionCommand;
import io.quire.contracts.billing.RequestPlanChangeCommand;
import io.quire.contracts.billing.SubscriptionPastDueEvent;
import io.quire.contracts.billing.SubscriptionReactivatedEvent;
import io.quire.contracts.billing.SubscriptionSuspendedEvent;
import io.quire.contracts.billing.SuspendSubscriptionCommand;
import io.quire.contracts.identity.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static io.quire.command.billing.BillingPeriods.PERIOD_END_DEADLINE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tenant's subscription: its plan, the change it waits for, how it pays, and its current period. Each period ends
 * by a persistent deadline, which closes it (so its invoice can be issued) and applies a scheduled downgrade.
 */
@Aggregate
public class BillingAccount {

    public static final String KIND = "billing account";

    @AggregateIdentifier
    private BillingAccountId accountId;
    private TenantId tenantId;
    private String tenantName;
    private PlanTerms plan;
    /** The plan the current period began on, which is what the period is billed at; upgrades are paid pro rata. */
    private PlanTerms periodPlan;
    private SubscriptionStatus status;
    private String paymentMethod;
    private Instant periodStart;
    private Instant periodEnd;
    private PendingChange pending;
    private PlanChangeId lastSettledChange;
    private long version;

    @CommandHandler
    public BillingAccount(OpenBillingAccountCommand command, DeadlineManager deadlines) {
        Instant end = BillingPeriods.endOf(command.periodStart());
        apply(new BillingAccountOpenedEvent(command.accountId(), command.tenantId(), command.tenantName(),
                command.plan(), command.periodStart(), end, 1));
        deadlines.schedule(end, PERIOD_END_DEADLINE, end.toString());
    }

    @CommandHandler
    public long handle(AttachPaymentMethodCommand command) {
        requireCaller(command.tenantId(), command.expectedVersion());
        String method = PaymentMethods.require("paymentMethod", command.paymentMethod());
        if (!method.equals(paymentMethod)) {
            apply(new PaymentMethodAttachedEvent(accountId, tenantId, method, version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(RequestPlanChangeCommand command) {
        requireCaller(command.tenantId(), command.expectedVersion());
        PlanTerms target = command.target();
        if (status == SubscriptionStatus.SUSPENDED || status == SubscriptionStatus.CANCELLED) {
            throw new StateConflictException("A " + status.label() + " subscription cannot change plan; "
                    + "pay the overdue invoice first");
        }
        if (pending != null) {
            throw new StateConflictException("A change to plan '" + pending.target().code() + "' is already pending");
        }
        if (target.code().equals(plan.code())) {
            throw new StateConflictException("The account is already on plan '" + plan.code() + "'");
        }
        if (target.monthlyPriceMinor() >= plan.monthlyPriceMinor()) {
            long proration = Proration.charge(plan.monthlyPriceMinor(), target.monthlyPriceMinor(),
                    command.requestedAt(), periodStart, periodEnd);
            if (proration > 0 && paymentMethod == null) {
                throw new UnprocessableException("paymentMethod",
                        "Attach a payment method (POST /api/v1/billing/payment-method) before upgrading to a paid plan");
            }
            apply(new PlanUpgradeRequestedEvent(accountId, tenantId, command.changeId(), plan.code(), target,
                    proration, target.currency(), paymentMethod, prorationInvoice(command.changeId()),
                    command.requestedAt(), periodEnd, version + 1));
        } else {
            apply(new PlanDowngradeScheduledEvent(accountId, tenantId, command.changeId(), plan.code(), target,
                    periodEnd, version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(ActivatePlanCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, accountId);
        if (command.changeId().equals(lastSettledChange)) {
            return version;
        }
        requirePending(command.changeId());
        apply(new PlanActivatedEvent(accountId, tenantId, pending.changeId(), plan.code(), pending.target(),
                version + 1));
        return version;
    }

    @CommandHandler
    public long handle(CancelPlanChangeCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, accountId);
        if (command.changeId().equals(lastSettledChange)) {
            return version;
        }
        requirePending(command.changeId());
        apply(new PlanChangeCancelledEvent(accountId, tenantId, command.changeId(), command.reason(), version + 1));
        return version;
    }

    @CommandHandler
    public long handle(CloseBillingPeriodCommand command, DeadlineManager deadlines) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, accountId);
        closePeriod(command.closedAt(), deadlines);
        return version;
    }

    /** The period's deadline. One that no longer matches the period (it was closed early) is ignored. */
    @DeadlineHandler(deadlineName = PERIOD_END_DEADLINE)
    void onPeriodEnd(String scheduledEnd, DeadlineManager deadlines) {
        if (periodEnd.toString().equals(scheduledEnd)) {
            closePeriod(periodEnd, deadlines);
        }
    }

    @CommandHandler
    public long handle(MarkSubscriptionPastDueCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, accountId);
        if (status == SubscriptionStatus.TRIALING || status == SubscriptionStatus.ACTIVE) {
            apply(new SubscriptionPastDueEvent(accountId, tenantId, command.invoiceId(), version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(SuspendSubscriptionCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, accountId);
        if (status != SubscriptionStatus.SUSPENDED && status != SubscriptionStatus.CANCELLED) {
            apply(new SubscriptionSuspendedEvent(accountId, tenantId, command.invoiceId(), version + 1));
        }
        return version;
    }

    @CommandHandler
    public long handle(ReactivateSubscriptionCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), KIND, accountId);
        if (status == SubscriptionStatus.SUSPENDED || status == SubscriptionStatus.PAST_DUE) {
            apply(new SubscriptionReactivatedEvent(accountId, tenantId, command.invoiceId(), version + 1));
        }
        return version;
    }

    /**
     * The period is billed on the plan it began on: an upgrade within it was already charged pro rata. A scheduled
     * downgrade applies from the next period on.
     */
    private void closePeriod(Instant end, DeadlineManager deadlines) {
        Instant nextEnd = BillingPeriods.endOf(end);
        InvoiceId invoice = new InvoiceId(UUID.nameUUIDFromBytes(("period:" + accountId + ":" + end)
                .getBytes(StandardCharsets.UTF_8)));
        apply(new BillingPeriodClosedEvent(accountId, tenantId, tenantName, invoice, periodStart, end, nextEnd,
                periodPlan, paymentMethod, version + 1));
        if (pending != null && pending.downgrade()) {
            apply(new PlanActivatedEvent(accountId, tenantId, pending.changeId(), plan.code(), pending.target(),
                    version + 1));
        }
        deadlines.schedule(nextEnd, PERIOD_END_DEADLINE, nextEnd.toString());
    }

    private void requireCaller(TenantId caller, Long expectedVersion) {
        Guards.requireOwner(tenantId, caller, KIND, accountId);
        Guards.requireVersion(expectedVersion, version);
    }

    private void requirePending(PlanChangeId changeId) {
        if (pending == null || !pending.changeId().equals(changeId)) {
            throw new StateConflictException("Plan change " + changeId + " is not pending");
        }
    }

    private static InvoiceId prorationInvoice(PlanChangeId change) {
        return new InvoiceId(UUID.nameUUIDFromBytes(("proration:" + change).getBytes(StandardCharsets.UTF_8)));
    }

    @EventSourcingHandler
    void on(BillingAccountOpenedEvent event) {
        accountId = event.accountId();
        tenantId = event.tenantId();
        tenantName = event.tenantName();
        plan = event.plan();
        periodPlan = event.plan();
        status = SubscriptionStatus.TRIALING;
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        version = event.version();
    }

    @EventSourcingHandler
    void on(PaymentMethodAttachedEvent event) {
        paymentMethod = event.paymentMethod();
        version = event.version();
    }

    @EventSourcingHandler
    void on(PlanUpgradeRequestedEvent event) {
        pending = new PendingChange(event.changeId(), event.target(), false);
        version = event.version();
    }

    @EventSourcingHandler
    void on(PlanDowngradeScheduledEvent event) {
        pending = new PendingChange(event.changeId(), event.target(), true);
        version = event.version();
    }

    @EventSourcingHandler
    void on(PlanActivatedEvent event) {
        if (pending != null && pending.downgrade()) {
            periodPlan = event.plan();
        }
        plan = event.plan();
        pending = null;
        lastSettledChange = event.changeId();
        if (status == SubscriptionStatus.TRIALING) {
            status = SubscriptionStatus.ACTIVE;
        }
        version = event.version();
    }

    @EventSourcingHandler
    void on(PlanChangeCancelledEvent event) {
        pending = null;
        lastSettledChange = event.changeId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(BillingPeriodClosedEvent event) {
        periodPlan = plan;
        periodStart = event.periodEnd();
        periodEnd = event.nextPeriodEnd();
        if (status == SubscriptionStatus.TRIALING) {
            status = SubscriptionStatus.ACTIVE;
        }
        version = event.version();
    }

    @EventSourcingHandler
    void on(SubscriptionPastDueEvent event) {
        status = SubscriptionStatus.PAST_DUE;
        version = event.version();
    }

    @EventSourcingHandler
    void on(SubscriptionSuspendedEvent event) {
        status = SubscriptionStatus.SUSPENDED;
        version = event.version();
    }

    @EventSourcingHandler
    void on(SubscriptionReactivatedEvent event) {
        status = SubscriptionStatus.ACTIVE;
        version = event.version();
    }

    protected BillingAccount() {
    }

    /** A requested change of plan that has not yet been settled. */
    private record PendingChange(PlanChangeId changeId, PlanTerms target, boolean downgrade) {
    }
}
