package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** A payment failed; the subscription is past due while it is retried. */
public record SubscriptionPastDueEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        InvoiceId invoiceId,
        long version) {
}
