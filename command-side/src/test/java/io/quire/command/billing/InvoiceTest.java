package io.quire.command.billing;

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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.quire.command.support.Refusals.notFound;
import static org.assertj.core.api.Assertions.assertThat;

class InvoiceTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-04-01T00:00:00Z");
    private static final List<InvoiceLine> LINES = List.of(
            new InvoiceLine("Plan Team, one month", 1, new BigDecimal("49.00"), 4900),
            new InvoiceLine("Pages over the quota of 5000", 333, new BigDecimal("0.005"), 167));

    private final AggregateTestFixture<Invoice> fixture = new AggregateTestFixture<>(Invoice.class);
    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final BillingAccountId account = BillingAccountId.of(tenant);
    private final InvoiceId invoice = new InvoiceId(UUID.randomUUID());

    private final InvoiceIssuedEvent issued = new InvoiceIssuedEvent(invoice, tenant, account, "period", START, END,
            LINES, 5067, "EUR", 1);
    private final InvoicePaymentDueEvent due = new InvoicePaymentDueEvent(invoice, tenant, account, 5067, "EUR",
            "pm_card_ok", 2);

    @Test
    void issuesAPeriodInvoiceWhoseTotalIsTheSumOfItsLinesAndAwaitsCollection() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoiceCommand(invoice, tenant, account, "period", START, END, LINES, "EUR",
                        "pm_card_ok", null))
                .expectEvents(issued, due);
    }

    @Test
    void issuesAProrationInvoiceAlreadyPaidByItsCharge() {
        List<InvoiceLine> lines = List.of(new InvoiceLine("Upgrade to Team", 1, new BigDecimal("24.50"), 2450));
        fixture.givenNoPriorActivity()
                .when(new IssueInvoiceCommand(invoice, tenant, account, "proration", START, END, lines, "EUR",
                        "pm_card_ok", "ch_1"))
                .expectEvents(new InvoiceIssuedEvent(invoice, tenant, account, "proration", START, END, lines, 2450,
                                "EUR", 1),
                        new InvoicePaidEvent(invoice, tenant, account, "ch_1", 2450, 2));
    }

    @Test
    void settlesAFreePeriodWithoutCollecting() {
        List<InvoiceLine> lines = List.of(new InvoiceLine("Plan Free, one month", 1, new BigDecimal("0.00"), 0));
        fixture.givenNoPriorActivity()
                .when(new IssueInvoiceCommand(invoice, tenant, account, "period", START, END, lines, "EUR", null,
                        null))
                .expectEvents(new InvoiceIssuedEvent(invoice, tenant, account, "period", START, END, lines, 0, "EUR",
                                1),
                        new InvoicePaidEvent(invoice, tenant, account, null, 0, 2));
    }

    @Test
    void acceptsTheSameChargeTwiceButNeverASecondCharge() {
        InvoicePaidEvent paid = new InvoicePaidEvent(invoice, tenant, account, "ch_1", 5067, 3);
        fixture.given(issued, due)
                .when(new RecordInvoicePaymentCommand(invoice, tenant, "ch_1", 5067))
                .expectEvents(paid);
        fixture.given(issued, due, paid)
                .when(new RecordInvoicePaymentCommand(invoice, tenant, "ch_1", 5067))
                .expectNoEvents();
        fixture.given(issued, due, paid)
                .when(new RecordInvoicePaymentCommand(invoice, tenant, "ch_2", 5067))
                .expectException(StateConflictException.class);
    }

    @Test
    void refusesAPaymentThatDoesNotSettleTheTotal() {
        fixture.given(issued, due)
                .when(new RecordInvoicePaymentCommand(invoice, tenant, "ch_1", 5000))
                .expectException(StateConflictException.class);
    }

    @Test
    void recordsEachFailedAttemptOnceAndTheLastAsUncollectible() {
        InvoicePaymentFailedEvent first = new InvoicePaymentFailedEvent(invoice, tenant, account, 1, "card_declined",
                "declined", false, 3);
        fixture.given(issued, due)
                .when(new RecordInvoicePaymentFailureCommand(invoice, tenant, 1, "card_declined", "declined", false))
                .expectEvents(first);
        fixture.given(issued, due, first)
                .when(new RecordInvoicePaymentFailureCommand(invoice, tenant, 1, "card_declined", "declined", false))
                .expectNoEvents();
        fixture.given(issued, due, first)
                .when(new RecordInvoicePaymentFailureCommand(invoice, tenant, 2, "card_declined", "declined", true))
                .expectEvents(new InvoicePaymentFailedEvent(invoice, tenant, account, 2, "card_declined", "declined",
                        true, 4));
    }

    @Test
    void letsTheTenantPayAnUncollectibleInvoiceLaterWithAnotherCard() {
        InvoicePaymentFailedEvent last = new InvoicePaymentFailedEvent(invoice, tenant, account, 3, "card_declined",
                "declined", true, 3);
        fixture.given(issued, due, last)
                .when(new RequestInvoicePaymentCommand(invoice, tenant, "pm_card_ok"))
                .expectEvents(new InvoicePaymentRequestedEvent(invoice, tenant, account, 5067, "EUR", "pm_card_ok", 3,
                        4));
    }

    @Test
    void refusesToCollectAPaidInvoiceAgain() {
        fixture.given(issued, due, new InvoicePaidEvent(invoice, tenant, account, "ch_1", 5067, 3))
                .when(new RequestInvoicePaymentCommand(invoice, tenant, null))
                .expectException(StateConflictException.class);
    }

    @Test
    void refundsOnlyAPaidInvoiceAndOnlyOnce() {
        InvoicePaidEvent paid = new InvoicePaidEvent(invoice, tenant, account, "ch_1", 5067, 3);
        InvoiceRefundedEvent refunded = new InvoiceRefundedEvent(invoice, tenant, account, "re_1", 5067,
                "activation failed", 4);
        fixture.given(issued, due, paid)
                .when(new RefundInvoiceCommand(invoice, tenant, "re_1", 5067, "activation failed"))
                .expectEvents(refunded);
        fixture.given(issued, due, paid, refunded)
                .when(new RefundInvoiceCommand(invoice, tenant, "re_1", 5067, "activation failed"))
                .expectNoEvents();
        fixture.given(issued, due)
                .when(new RefundInvoiceCommand(invoice, tenant, "re_1", 5067, "activation failed"))
                .expectException(StateConflictException.class);
    }

    @Test
    void hidesTheInvoiceFromAnotherTenant() {
        fixture.given(issued, due)
                .when(new RequestInvoicePaymentCommand(invoice, new TenantId(UUID.randomUUID()), null))
                .expectException(notFound(Invoice.KIND, invoice));
    }

    @Test
    void pricesPagesOverTheQuotaAtTheOverageRateRoundedOnce() {
        List<InvoiceLine> lines = PeriodInvoicing.lines(BillingAccountTest.BUSINESS, 100_333);
        assertThat(lines).extracting(InvoiceLine::amountMinor).containsExactly(19900L, 167L);
        assertThat(PeriodInvoicing.lines(BillingAccountTest.BUSINESS, 10)).hasSize(1);
        assertThat(Money.toMinor(new BigDecimal("12.345"), "EUR")).isEqualTo(1235);
        assertThat(Money.toMinor(new BigDecimal("500"), "JPY")).isEqualTo(500);
    }
}
