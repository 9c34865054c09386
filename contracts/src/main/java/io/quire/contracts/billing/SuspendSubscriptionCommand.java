package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Every attempt to collect an invoice failed: the subscription is suspended. */
public record SuspendSubscriptionCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        InvoiceId invoiceId) {
}
