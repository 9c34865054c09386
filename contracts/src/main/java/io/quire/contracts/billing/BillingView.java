package io.quire.contracts.billing;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's billing account as the tenant sees it: plan, pending change, the latest cancelled change, payment method,
 * period and usage.
 */
public record BillingView(
        String accountId,
        String status,
        PlanTerms plan,
        PendingPlanChangeView pendingChange,
        CancelledPlanChangeView lastCancelledChange,
        String paymentMethod,
        Instant periodStart,
        Instant periodEnd,
        List<UsageView> usage,
        long version) {
}
