package io.quire.command.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * What an upgrade costs for the rest of the period: the monthly price difference times the share of the period
 * still to run, rounded half-up to a minor unit at the very end.
 */
public final class Proration {

    private Proration() {
    }

    public static long charge(long fromMonthlyMinor, long toMonthlyMinor, Instant at, Instant periodStart,
                              Instant periodEnd) {
        long difference = toMonthlyMinor - fromMonthlyMinor;
        if (difference <= 0 || !at.isBefore(periodEnd)) {
            return 0;
        }
        Instant from = at.isBefore(periodStart) ? periodStart : at;
        BigDecimal remaining = BigDecimal.valueOf(Duration.between(from, periodEnd).toMillis());
        BigDecimal whole = BigDecimal.valueOf(Duration.between(periodStart, periodEnd).toMillis());
        return BigDecimal.valueOf(difference).multiply(remaining)
                .divide(whole, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
