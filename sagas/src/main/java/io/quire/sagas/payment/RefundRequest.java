package io.quire.sagas.payment;

/** Returns {@code amountMinor} of the charge {@code chargeId}. */
public record RefundRequest(
        String idempotencyKey,
        String chargeId,
        long amountMinor,
        String currency,
        String reason) {
}
