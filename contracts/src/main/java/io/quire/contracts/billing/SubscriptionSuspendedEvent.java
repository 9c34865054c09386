package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** Collection failed for good; the subscription is suspended until the invoice is paid. */
public record SubscriptionSuspendedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        InvoiceId invoiceId,
        long version) {
}
