package io.quire.query.dashboard.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How the dashboard cache treats Redis: how long any one call may take before the dashboard answers from PostgreSQL
 * without it, how long an eviction may take (processors wait for it, readers do not), how long an entry lives at
 * most (a safety net: events evict entries long before), and how often an eviction Redis could not take is tried
 * again.
 */
@Component
public class CacheSettings {

    private final Duration timeout;
    private final Duration evictionTimeout;
    private final Duration ttl;
    private final Duration retryEvery;

    public CacheSettings(@Value("${quire.dashboards.cache.timeout:200ms}") Duration timeout,
                         @Value("${quire.dashboards.cache.eviction-timeout:2s}") Duration evictionTimeout,
                         @Value("${quire.dashboards.cache.ttl:10m}") Duration ttl,
                         @Value("${quire.dashboards.cache.retry-every:1s}") Duration retryEvery) {
        this.timeout = timeout;
        this.evictionTimeout = evictionTimeout;
        this.ttl = ttl;
        this.retryEvery = retryEvery;
    }

    public Duration timeout() {
        return timeout;
    }

    public Duration evictionTimeout() {
        return evictionTimeout;
    }

    public Duration ttl() {
        return ttl;
    }

    public Duration retryEvery() {
        return retryEvery;
    }
}
