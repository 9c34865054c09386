package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** The invoice was paid in full. */
public record InvoicePaidEvent(
        InvoiceId invoiceId,
        TenantId tenantId,
        BillingAccountId accountId,
        String chargeId,
        long amountMinor,
        long version) {
}
