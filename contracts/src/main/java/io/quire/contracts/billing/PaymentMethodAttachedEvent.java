package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

/** Future charges go to this payment method. */
public record PaymentMethodAttachedEvent(
        BillingAccountId accountId,
        TenantId tenantId,
        String paymentMethod,
        long version) {
}
