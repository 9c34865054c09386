package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the payment method future charges use (a provider reference such as {@code pm_card_ok}). */
public record AttachPaymentMethodCommand(
        @TargetAggregateIdentifier BillingAccountId accountId,
        TenantId tenantId,
        String paymentMethod,
        Long expectedVersion) {
}
