package io.quire.command.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Conversions between decimal amounts and minor units. Money is never a double. */
public final class Money {

    private Money() {
    }

    /** A decimal amount in minor units, rounded half-up (12.345 EUR becomes 1235 cents). */
    public static long toMinor(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact();
    }

    /** Minor units as a decimal amount, for people to read: 1235 cents is 12.35. */
    public static BigDecimal toDecimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
