package io.quire.sagas;

import java.math.BigDecimal;
import java.util.Currency;

/** Minor units as the decimal amount people read: 4900 EUR cents is 49.00. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal decimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
