package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An attempt to collect the invoice was declined. */
public record RecordInvoicePaymentFailureCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        TenantId tenantId,
        int attempt,
        String code,
        String message,
        boolean finalAttempt) {
}
