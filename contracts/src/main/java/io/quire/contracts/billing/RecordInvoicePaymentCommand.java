package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider captured the total of the invoice under {@code chargeId}. */
public record RecordInvoicePaymentCommand(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        TenantId tenantId,
        String chargeId,
        long amountMinor) {
}
