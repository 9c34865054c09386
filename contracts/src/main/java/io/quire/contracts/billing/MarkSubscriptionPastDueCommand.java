package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A payment of the subscription failed and is being retried. */
public record MarkSubscriptionPastDueCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        InvoiceId invoiceId) {
}
