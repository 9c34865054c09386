package io.quire.query.dashboard.billing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's billing at a glance, amounts in minor units of {@code currency}.
 *
 * @param mrrMinor what the current plan costs a month; 0 while the subscription is suspended
 * @param plan     the current plan's code
 * @param status   trialing, active, past_due or suspended
 * @param usage    pages and members in use against their quotas, and the busiest minute of API calls this period
 *                 against the calls a minute the plan allows
 */
public record BillingDashboard(String currency, long mrrMinor, String plan, String status, List<Usage> usage,
                               Invoices invoices, FailedPayments failedPayments) {

    /** @param meter {@code pages}, {@code members} or {@code apiCalls} */
    public record Usage(String meter, long used, long quota) {
    }

    /**
     * @param byStatus         every status, zero included: open, paid, past_due, uncollectible, refunded
     * @param outstandingMinor the total of the invoices not paid yet (open, past_due, uncollectible)
     */
    public record Invoices(Map<String, Long> byStatus, long outstandingMinor) {
    }

    /** @param count every declined collection attempt; {@code recent} the latest few, newest first */
    public record FailedPayments(long count, List<FailedPayment> recent) {
    }

    public record FailedPayment(String invoiceId, Instant at, String reason) {
    }
}
