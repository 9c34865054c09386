package io.quire.query.dashboard.cache;

import java.util.UUID;

/**
 * The cached answers of one dashboard for one audience (a tenant, or the platform admin), evicted together. Entries
 * are {@code <prefix>:<parameters>}; the scope's own bookkeeping lives under {@code <prefix>:~…}, which no
 * parameter string starts with: a set of its entries, and a generation that every eviction counts up.
 *
 * @param prefix    {@code tenant:<id>:<dashboard>} or {@code admin:<dashboard>}
 * @param dashboard the dashboard's name, such as {@code activity}
 */
public record CacheScope(String prefix, String dashboard) {

    public static CacheScope tenant(UUID tenantId, String dashboard) {
        return new CacheScope("tenant:" + tenantId + ":" + dashboard, dashboard);
    }

    public static CacheScope admin(String dashboard) {
        return new CacheScope("admin:" + dashboard, dashboard);
    }

    /** The key of the entry cached for these parameters. */
    public String entry(String parameters) {
        return prefix + ":" + parameters;
    }

    String index() {
        return prefix + ":~keys";
    }

    String generation() {
        return prefix + ":~generation";
    }

    /** Counted up when the whole dashboard is evicted (a replay), for every audience at once. */
    static String epoch(String dashboard) {
        return "dashboards:" + dashboard + ":~epoch";
    }

    /** Every key of the dashboard, of every audience: what a replay evicts. */
    static String[] patterns(String dashboard) {
        return new String[]{"tenant:*:" + dashboard + ":*", "admin:" + dashboard + ":*"};
    }
}
