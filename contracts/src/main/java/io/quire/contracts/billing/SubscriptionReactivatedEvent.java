package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** The overdue invoice was paid; the subscription is active again. */
public record SubscriptionReactivatedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        InvoiceId invoiceId,
        long version) {
}
