package io.quire.contracts.billing;

import java.math.BigDecimal;

/** A plan as it was priced when it applied: monthly price in minor units, quotas, and the price of each page over quota. */
public record PlanTerms(
        String code,
        String name,
        long monthlyPriceMinor,
        String currency,
        int pageQuota,
        int memberQuota,
        int apiCallsPerMinute,
        BigDecimal pageOveragePrice) {
}
