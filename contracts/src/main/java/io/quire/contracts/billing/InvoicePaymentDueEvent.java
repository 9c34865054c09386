package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** An invoice waits to be collected from {@code paymentMethod} (null when the account has none yet). */
public record InvoicePaymentDueEvent(
        InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        long amountMinor,
        String currency,
        String paymentMethod,
        long version) {
}
