package io.quire.sagas.payment;

/**
 * Takes and returns money through a card-payment provider. Both calls are idempotent on their key: sending the same
 * key again answers the first outcome and never moves money twice.
 *
 * @throws io.quire.sagas.adapter.AdapterFailure when the provider gave no trustworthy answer
 */
public interface PaymentPort {

    /** Captures the amount at once. A declined card is an outcome, not an exception. */
    ChargeOutcome charge(ChargeRequest request);

    /** Returns all or part of a captured charge. */
    RefundReceipt refund(RefundRequest request);
}
