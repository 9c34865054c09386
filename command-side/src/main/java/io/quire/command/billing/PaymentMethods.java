package io.quire.command.billing;

import io.quire.command.shared.InvalidInputException;

import java.util.regex.Pattern;

/** A payment method is the provider's opaque reference to a card, such as {@code pm_card_ok}; never card data. */
final class PaymentMethods {

    private static final Pattern REFERENCE = Pattern.compile("pm_[A-Za-z0-9_]{1,60}");

    private PaymentMethods() {
    }

    static String require(String field, String value) {
        if (value == null || !REFERENCE.matcher(value).matches()) {
            throw new InvalidInputException(field,
                    field + " must be a payment method reference such as pm_card_ok (pm_ then up to 60 letters, "
                            + "digits or underscores); card numbers are never sent to Quire");
        }
        return value;
    }
}
