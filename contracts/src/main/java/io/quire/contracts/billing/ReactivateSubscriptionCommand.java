package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An overdue invoice was paid: the subscription is active again. */
public record ReactivateSubscriptionCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        InvoiceId invoiceId) {
}
