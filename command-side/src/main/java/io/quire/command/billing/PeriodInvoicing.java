package io.quire.command.billing;

import io.quire.contracts.billing.BillingPeriodClosedEvent;
import io.quire.contracts.billing.InvoiceLine;
import io.quire.contracts.billing.IssueInvoiceCommand;
import io.quire.contracts.billing.PlanTerms;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues the invoice of every closed period: the plan's price, plus each page over the plan's quota at the plan's
 * overage price, from the usage meter. The invoice id comes from the period, so a redelivered event issues nothing
 * twice.
 */
@Component
@ProcessingGroup(PeriodInvoicing.PROCESSING_GROUP)
class PeriodInvoicing {

    static final String PROCESSING_GROUP = "invoicing";

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    PeriodInvoicing(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /** Issuing invoices is an act, not a read model: a replay of this group must never issue them again. */
    @EventHandler
    @DisallowReplay
    void on(BillingPeriodClosedEvent event) {
        List<Long> pages = jdbc.queryForList("SELECT active_pages FROM usage_meter WHERE tenant_id = ?", Long.class,
                event.tenantId().value());
        List<InvoiceLine> lines = lines(event.plan(), pages.isEmpty() ? 0 : pages.get(0));
        try {
            commands.sendAndWait(new IssueInvoiceCommand(event.invoiceId(), event.tenantId(), event.accountId(),
                    "period", event.periodStart(), event.periodEnd(), lines, event.plan().currency(),
                    event.paymentMethod(), null));
        } catch (AggregateStreamCreationException alreadyIssued) {
            // The event was delivered again after its invoice was issued; there is nothing left to do.
        }
    }

    static List<InvoiceLine> lines(PlanTerms plan, long activePages) {
        List<InvoiceLine> lines = new ArrayList<>();
        lines.add(new InvoiceLine("Plan " + plan.name() + ", one month", 1,
                Money.toDecimal(plan.monthlyPriceMinor(), plan.currency()), plan.monthlyPriceMinor()));
        long over = Math.max(0, activePages - plan.pageQuota());
        if (over > 0 && plan.pageOveragePrice().signum() > 0) {
            BigDecimal amount = plan.pageOveragePrice().multiply(BigDecimal.valueOf(over));
            lines.add(new InvoiceLine("Pages over the quota of " + plan.pageQuota(), over,
                    plan.pageOveragePrice(), Money.toMinor(amount, plan.currency())));
        }
        return lines;
    }
}
