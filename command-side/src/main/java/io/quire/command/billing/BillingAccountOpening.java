package io.quire.command.billing;

import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.OpenBillingAccountCommand;
import io.quire.contracts.tenant.TenantRegisteredEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Every tenant gets its billing account when it registers, on the plan it registered with. A subscribing
 * processor runs this in the registration's own transaction, so there is never a tenant without an account.
 */
@Component
@ProcessingGroup(BillingAccountOpening.PROCESSING_GROUP)
class BillingAccountOpening {

    static final String PROCESSING_GROUP = "billing-accounts";

    private final CommandGateway commands;
    private final PlanCatalog plans;

    BillingAccountOpening(CommandGateway commands, PlanCatalog plans) {
        this.commands = commands;
        this.plans = plans;
    }

    @EventHandler
    void on(TenantRegisteredEvent event, @Timestamp Instant at) {
        commands.sendAndWait(new OpenBillingAccountCommand(BillingAccountId.of(event.tenantId()),
                event.tenantId(), event.name(), plans.terms(event.plan()), at));
    }
}
