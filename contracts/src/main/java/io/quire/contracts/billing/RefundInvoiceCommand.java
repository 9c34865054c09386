package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The charge that paid the invoice was refunded. */
public record RefundInvoiceCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        TenantId tenantId,
        String refundId,
        long amountMinor,
        String reason) {
}
