package io.quire.query.dashboard.billing;

import java.util.List;
import java.util.Map;

/**
 * Billing across every tenant, for the platform operator. A suspended subscription adds nothing to the MRR.
 *
 * @param mrr             monthly recurring revenue per currency, in minor units
 * @param tenantsByStatus every subscription status, zero included: trialing, active, past_due, suspended
 * @param tenants         the tenants with the highest MRR first, up to the {@code limit} asked for
 */
public record AdminBillingDashboard(List<Mrr> mrr, Map<String, Long> tenantsByStatus, List<TenantRow> tenants,
                                    FailedPaymentCount failedPayments) {

    public record Mrr(String currency, long amountMinor) {
    }

    public record TenantRow(String tenantId, String name, String plan, String status, long mrrMinor,
                            String currency) {
    }

    public record FailedPaymentCount(long count) {
    }
}
