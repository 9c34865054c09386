package io.quire.command.billing;

import io.quire.command.shared.UnprocessableException;
import io.quire.contracts.billing.PlanTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans on sale, from configuration ({@code quire.billing.plans.<code>}). Prices are decimal amounts in the
 * plan's currency and become minor units here, once; {@code pageOveragePrice} stays decimal because a page may cost
 * a fraction of a cent.
 */
@ConfigurationProperties("quire.billing")
public record PlanCatalog(Map<String, PlanSettings> plans) {

    public PlanCatalog {
        plans = plans == null ? Map.of() : new LinkedHashMap<>(plans);
    }

    public record PlanSettings(String name, BigDecimal monthlyPrice, String currency, int pageQuota, int memberQuota,
                               int apiCallsPerMinute, BigDecimal pageOveragePrice) {
    }

    /** The terms of the plan {@code code}; an unknown code is a request Quire cannot act on (422). */
    public PlanTerms terms(String code) {
        PlanSettings plan = code == null ? null : plans.get(code);
        if (plan == null) {
            throw new UnprocessableException("plan", "plan must be one of " + plans.keySet());
        }
        return new PlanTerms(code, plan.name(), Money.toMinor(plan.monthlyPrice(), plan.currency()), plan.currency(),
                plan.pageQuota(), plan.memberQuota(), plan.apiCallsPerMinute(),
                plan.pageOveragePrice() == null ? BigDecimal.ZERO : plan.pageOveragePrice());
    }

    public List<PlanTerms> all() {
        return plans.keySet().stream().map(this::terms).toList();
    }
}
