package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** The charge that paid the invoice was returned. */
public record InvoiceRefundedEvent(
        InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        String refundId,
        long amountMinor,
        String reason,
        long version) {
}
