package io.quire.sagas.payment;

/**
 * One capture. {@code amountMinor} is in the currency's minor unit (cents for EUR and USD); {@code reference}
 * names what is paid for (an invoice id) and is stored with the charge at the provider.
 */
public record ChargeRequest(
        String idempotencyKey,
        String tenantId,
        String paymentMethod,
        long amountMinor,
        String currency,
        String reference,
        String description) {
}
