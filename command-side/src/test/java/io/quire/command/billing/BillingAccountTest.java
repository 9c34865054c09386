package io.quire.command.billing;

import io.quire.command.shared.StateConflictException;
import io.quire.contracts.billing.ActivatePlanCommand;
import io.quire.contracts.billing.AttachPaymentMethodCommand;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.BillingAccountOpenedEvent;
import io.quire.contracts.billing.BillingPeriodClosedEvent;
import io.quire.contracts.billing.CancelPlanChangeCommand;
import io.quire.contracts.billing.CloseBillingPeriodCommand;
import io.quire.contracts.billing.InvoiceId;
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
import io.quire.contracts.billing.SubscriptionReactivatedEvent;
import io.quire.contracts.billing.SubscriptionSuspendedEvent;
import io.quire.contracts.billing.SuspendSubscriptionCommand;
import io.quire.contracts.identity.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.quire.command.support.Refusals.invalidInput;
import static io.quire.command.support.Refusals.notFound;
import static io.quire.command.support.Refusals.staleVersion;
import static io.quire.command.support.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

class BillingAccountTest {

    static final PlanTerms FREE = new PlanTerms("free", "Free", 0, "EUR", 100, 3, 60, BigDecimal.ZERO);
    static final PlanTerms TEAM = new PlanTerms("team", "Team", 4900, "EUR", 5000, 25, 600, new BigDecimal("0.01"));
    static final PlanTerms BUSINESS = new PlanTerms("business", "Business", 19900, "EUR", 100000, 250, 3000,
            new BigDecimal("0.005"));

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant NEXT_END = Instant.parse("2026-05-01T00:00:00Z");

    private final AggregateTestFixture<BillingAccount> fixture = new AggregateTestFixture<>(BillingAccount.class);
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final BillingAccountId account = BillingAccountId.of(tenant);
    private final PlanChangeId change = new PlanChangeId(UUID.randomUUID());

    private BillingAccountOpenedEvent opened(PlanTerms plan) {
        return new BillingAccountOpenedEvent(account, tenant, "Acme", plan, START, END, 1);
    }

    private PaymentMethodAttachedEvent card(long version) {
        return new PaymentMethodAttachedEvent(account, tenant, "pm_card_ok", version);
    }

    @Test
    void opensTrialingOnTheRegisteredPlanAndSchedulesTheEndOfItsFirstMonth() {
        fixture.givenNoPriorActivity()
                .when(new OpenBillingAccountCommand(account, tenant, "Acme", FREE, START))
                .expectEvents(opened(FREE))
                .expectScheduledDeadlineWithName(END, BillingPeriods.PERIOD_END_DEADLINE);
    }

    @Test
    void chargesAnUpgradeForTheRestOfThePeriodOnly() {
        Instant halfway = START.plus(Duration.between(START, END).dividedBy(2));
        fixture.given(opened(TEAM), card(2))
                .when(new RequestPlanChangeCommand(account, tenant, change, BUSINESS, halfway, 2L))
                .expectEvents(new PlanUpgradeRequestedEvent(account, tenant, change, "team", BUSINESS, 7500, "EUR",
                        "pm_card_ok", upgradeInvoice(), halfway, END, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void refusesAPaidUpgradeWithoutAPaymentMethod() {
        fixture.given(opened(FREE))
                .when(new RequestPlanChangeCommand(account, tenant, change, TEAM, START.plusSeconds(60), null))
                .expectNoEvents()
                .expectException(unprocessable("paymentMethod"));
    }

    @Test
    void refusesAChangeToTheCurrentPlan() {
        fixture.given(opened(TEAM), card(2))
                .when(new RequestPlanChangeCommand(account, tenant, change, TEAM, START.plusSeconds(60), null))
                .expectException(StateConflictException.class);
    }

    @Test
    void refusesASecondChangeWhileOneIsPending() {
        fixture.given(opened(FREE), card(2), upgradeRequested(3))
                .when(new RequestPlanChangeCommand(account, tenant, new PlanChangeId(UUID.randomUUID()), BUSINESS,
                        START.plusSeconds(120), null))
                .expectException(StateConflictException.class);
    }

    @Test
    void refusesAChangeAgainstAStaleVersion() {
        fixture.given(opened(FREE), card(2))
                .when(new RequestPlanChangeCommand(account, tenant, change, TEAM, START.plusSeconds(60), 1L))
                .expectException(staleVersion(1, 2));
    }

    @Test
    void hidesTheAccountFromAnotherTenant() {
        TenantId stranger = new TenantId(UUID.randomUUID());
        fixture.given(opened(FREE))
                .when(new AttachPaymentMethodCommand(account, stranger, "pm_card_ok", null))
                .expectException(notFound(BillingAccount.KIND, account));
    }

    @Test
    void refusesAPaymentMethodThatIsNotAProviderReference() {
        fixture.given(opened(FREE))
                .when(new AttachPaymentMethodCommand(account, tenant, "4242 4242 4242 4242", null))
                .expectException(invalidInput("paymentMethod"));
    }

    @Test
    void activatesARequestedUpgradeOnceAndIgnoresTheRepeat() {
        PlanActivatedEvent activated = new PlanActivatedEvent(account, tenant, change, "free", TEAM, 4);
        fixture.given(opened(FREE), card(2), upgradeRequested(3))
                .when(new ActivatePlanCommand(account, tenant, change))
                .expectEvents(activated);
        fixture.given(opened(FREE), card(2), upgradeRequested(3), activated)
                .when(new ActivatePlanCommand(account, tenant, change))
                .expectNoEvents()
                .expectResultMessagePayload(4L);
    }

    @Test
    void refusesToActivateAChangeThatWasCancelled() {
        fixture.given(opened(FREE), card(2), upgradeRequested(3),
                        new PlanChangeCancelledEvent(account, tenant, change, "card_declined", 4))
                .when(new ActivatePlanCommand(account, tenant, new PlanChangeId(UUID.randomUUID())))
                .expectException(StateConflictException.class);
    }

    @Test
    void cancelsAPendingChangeSoTheOldPlanStays() {
        fixture.given(opened(FREE), card(2), upgradeRequested(3))
                .when(new CancelPlanChangeCommand(account, tenant, change, "card_declined"))
                .expectEvents(new PlanChangeCancelledEvent(account, tenant, change, "card_declined", 4));
    }

    @Test
    void schedulesADowngradeForTheEndOfThePeriod() {
        fixture.given(opened(BUSINESS))
                .when(new RequestPlanChangeCommand(account, tenant, change, TEAM, START.plusSeconds(60), null))
                .expectEvents(new PlanDowngradeScheduledEvent(account, tenant, change, "business", TEAM, END, 2));
    }

    @Test
    void billsTheEndedPeriodOnItsPlanThenAppliesTheDowngradeWhenTheDeadlineElapses() {
        fixture.givenCommands(new OpenBillingAccountCommand(account, tenant, "Acme", BUSINESS, START))
                .andGiven(new PlanDowngradeScheduledEvent(account, tenant, change, "business", TEAM, END, 2))
                .whenThenTimeAdvancesTo(END)
                .expectEvents(new BillingPeriodClosedEvent(account, tenant, "Acme", periodInvoice(END), START, END,
                                NEXT_END, BUSINESS, null, 3),
                        new PlanActivatedEvent(account, tenant, change, "business", TEAM, 4))
                .expectScheduledDeadlineWithName(NEXT_END, BillingPeriods.PERIOD_END_DEADLINE);
    }

    @Test
    void billsAPeriodOnThePlanItBeganOnBecauseAnUpgradeWithinItWasPaidProRata() {
        Instant early = START.plus(Duration.ofDays(10));
        fixture.givenCommands(new OpenBillingAccountCommand(account, tenant, "Acme", FREE, START))
                .andGiven(card(2), upgradeRequested(3), new PlanActivatedEvent(account, tenant, change, "free", TEAM, 4))
                .when(new CloseBillingPeriodCommand(account, tenant, early))
                .expectEvents(new BillingPeriodClosedEvent(account, tenant, "Acme", periodInvoice(early), START, early,
                        Instant.parse("2026-04-11T00:00:00Z"), FREE, "pm_card_ok", 5));
        fixture.givenCommands(new OpenBillingAccountCommand(account, tenant, "Acme", FREE, START))
                .andGiven(card(2), upgradeRequested(3), new PlanActivatedEvent(account, tenant, change, "free", TEAM, 4))
                .andGivenCommands(new CloseBillingPeriodCommand(account, tenant, early))
                .when(new CloseBillingPeriodCommand(account, tenant, Instant.parse("2026-04-11T00:00:00Z")))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(event -> ((BillingPeriodClosedEvent) event).plan().equals(TEAM)), andNoMore())));
    }

    @Test
    void ignoresTheOldDeadlineOfAPeriodClosedEarly() {
        Instant early = START.plus(Duration.ofDays(10));
        Instant earlyNextEnd = Instant.parse("2026-04-11T00:00:00Z");
        fixture.givenCommands(new OpenBillingAccountCommand(account, tenant, "Acme", TEAM, START),
                        new CloseBillingPeriodCommand(account, tenant, early))
                .whenThenTimeAdvancesTo(END)
                .expectNoEvents()
                .expectScheduledDeadlineWithName(earlyNextEnd, BillingPeriods.PERIOD_END_DEADLINE);
    }

    @Test
    void suspendsAndReactivatesTheSubscriptionOnce() {
        InvoiceId invoice = periodInvoice(END);
        fixture.given(opened(TEAM))
                .when(new SuspendSubscriptionCommand(account, tenant, invoice))
                .expectEvents(new SubscriptionSuspendedEvent(account, tenant, invoice, 2));
        fixture.given(opened(TEAM), new SubscriptionSuspendedEvent(account, tenant, invoice, 2))
                .when(new ReactivateSubscriptionCommand(account, tenant, invoice))
                .expectEvents(new SubscriptionReactivatedEvent(account, tenant, invoice, 3));
        fixture.given(opened(TEAM))
                .when(new ReactivateSubscriptionCommand(account, tenant, invoice))
                .expectNoEvents();
    }

    @Test
    void refusesAPlanChangeWhileSuspended() {
        fixture.given(opened(TEAM), card(2), new SubscriptionSuspendedEvent(account, tenant, periodInvoice(END), 3))
                .when(new RequestPlanChangeCommand(account, tenant, change, BUSINESS, START.plusSeconds(60), null))
                .expectException(StateConflictException.class);
    }

    @Test
    void proratesWithHalfUpRoundingToTheCent() {
        Instant third = START.plus(Duration.between(START, END).dividedBy(3));
        assertThat(Proration.charge(0, 100, third, START, END)).isEqualTo(67);
        assertThat(Proration.charge(4900, 4900, third, START, END)).isZero();
        assertThat(Proration.charge(0, 4900, END, START, END)).isZero();
        assertThat(Proration.charge(0, 4900, START, START, END)).isEqualTo(4900);
    }

    private PlanUpgradeRequestedEvent upgradeRequested(long version) {
        return new PlanUpgradeRequestedEvent(account, tenant, change, "free", TEAM, 4000, "EUR", "pm_card_ok",
                upgradeInvoice(), START.plusSeconds(60), END, version);
    }

    private InvoiceId upgradeInvoice() {
        return new InvoiceId(UUID.nameUUIDFromBytes(("proration:" + change).getBytes()));
    }

    private InvoiceId periodInvoice(Instant end) {
        return new InvoiceId(UUID.nameUUIDFromBytes(("period:" + account + ":" + end).getBytes()));
    }
}
