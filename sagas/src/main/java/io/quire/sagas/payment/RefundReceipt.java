package io.quire.sagas.payment;

/** The provider returned the money. */
public record RefundReceipt(String refundId, String chargeId, long amountMinor, String currency) {
}
