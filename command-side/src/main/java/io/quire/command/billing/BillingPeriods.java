package io.quire.command.billing;

import java.time.Instant;
import java.time.ZoneOffset;

/** Billing periods are calendar months in UTC, counted from the moment the account opened. */
public final class BillingPeriods {

    public static final String PERIOD_END_DEADLINE = "billing-period-end";

    private BillingPeriods() {
    }

    public static Instant endOf(Instant start) {
        return start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
    }
}
