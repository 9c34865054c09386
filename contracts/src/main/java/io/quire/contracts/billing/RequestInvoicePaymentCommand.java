package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The tenant asks to pay an unpaid invoice now, optionally with another payment method. */
public record RequestInvoicePaymentCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        TenantId tenantId,
        String paymentMethod) {
}
