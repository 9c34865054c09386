package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** The tenant asked to pay an unpaid invoice now; {@code attemptsSoFar} collection attempts came before. */
public record InvoicePaymentRequestedEvent(
        InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        long amountMinor,
        String currency,
        String paymentMethod,
        int attemptsSoFar,
        long version) {
}
