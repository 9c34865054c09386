package io.quire.sagas.payment;

/** What the provider decided about a charge. */
public sealed interface ChargeOutcome {

    /** The money was taken; {@code chargeId} is the provider's id, needed to refund it. */
    record Captured(String chargeId, long amountMinor, String currency) implements ChargeOutcome {
    }

    /** The provider refused, for a reason worth showing the customer (for example {@code card_declined}). */
    record Declined(String code, String message) implements ChargeOutcome {
    }
}
