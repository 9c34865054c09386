package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** An attempt to collect the invoice was declined; {@code finalAttempt} means no more attempts follow. */
public record InvoicePaymentFailedEvent(
        InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        int attempt,
        String code,
        String message,
        boolean finalAttempt,
        long version) {
}
