package io.quire.query.dashboard.cache;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Evicts cached dashboards when the events behind them change. Callers are event processor threads, so the calls
 * block, each for at most the cache timeout. An eviction Redis does not take (it is down or slow) is owed: it is
 * retried every few moments, and until it succeeds, reads of that scope skip the cache, so that an entry written
 * before the change can never be served after it.
 */
@Component
public class CacheEviction {

    private static final Logger log = LoggerFactory.getLogger(CacheEviction.class);
    /** A generation only guards readers under way; a day is ample and keeps idle tenants' keys from piling up. */
    private static final Duration GENERATION_LIFETIME = Duration.ofDays(1);
    /** Evicting a whole dashboard scans the keyspace, which may take longer than one call. */
    private static final Duration DASHBOARD_EVICTION_LIMIT = Duration.ofSeconds(30);

    private final ReactiveStringRedisTemplate redis;
    private final RedisLink link;
    private final CacheSettings settings;
    private final Set<CacheScope> owedScopes = ConcurrentHashMap.newKeySet();
    private final Set<String> owedDashboards = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService retrier;

    public CacheEviction(ReactiveStringRedisTemplate redis, RedisLink link, CacheSettings settings) {
        this.redis = redis;
        this.link = link;
        this.settings = settings;
        this.retrier = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-cache-eviction-retry");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.retryEvery().toMillis();
        retrier.scheduleWithFixedDelay(this::retryOwed, every, every, TimeUnit.MILLISECONDS);
    }

    /** Evicts every entry of these scopes. */
    public void evict(Collection<CacheScope> scopes) {
        if (!link.established() || !owedScopes.isEmpty() || !owedDashboards.isEmpty()) {
            // Redis is failing already: leave it to the retries rather than hold up the processor for each batch.
            owedScopes.addAll(scopes);
            return;
        }
        for (CacheScope scope : scopes) {
            if (!evicted(scope)) {
                log.warn("Could not evict the cached {} now; it is retried, and read around until then",
                        scope.prefix());
                owedScopes.add(scope);
            }
        }
    }

    /** Evicts every entry of the dashboard, of every tenant and of the admin: what a replay of its data needs. */
    public void evictDashboard(String dashboard) {
        if (!link.established() || !evicted(dashboard)) {
            log.warn("Could not evict the cached {} dashboards now; retried, and read around until then", dashboard);
            owedDashboards.add(dashboard);
        }
    }

    /** Whether an eviction of this scope is still owed to Redis, so that its entries must not be trusted. */
    boolean owes(CacheScope scope) {
        return owedScopes.contains(scope) || owedDashboards.contains(scope.dashboard());
    }

    private boolean evicted(CacheScope scope) {
        return succeeded(redis.execute(CacheScripts.EVICT, List.of(scope.index(), scope.generation()),
                        List.of(Long.toString(GENERATION_LIFETIME.toSeconds())))
                .then(), settings.evictionTimeout());
    }

    private boolean evicted(String dashboard) {
        // The epoch first: readers already under way must not store what they read before the replay began.
        Mono<Void> eviction = redis.opsForValue().increment(CacheScope.epoch(dashboard))
                .thenMany(Flux.fromArray(CacheScope.patterns(dashboard)))
                .concatMap(pattern -> redis.scan(ScanOptions.scanOptions().match(pattern).count(1000).build())
                        .buffer(500)
                        .concatMap(keys -> redis.delete(keys.toArray(String[]::new))))
                .then();
        return succeeded(eviction, DASHBOARD_EVICTION_LIMIT);
    }

    private static boolean succeeded(Mono<Void> call, Duration limit) {
        try {
            Mono.defer(() -> call).subscribeOn(Schedulers.boundedElastic()).timeout(limit).block();
            return true;
        } catch (RuntimeException e) {
            log.debug("A dashboard cache eviction failed: {}", e.toString());
            return false;
        }
    }

    private void retryOwed() {
        if (!link.established()) {
            return;
        }
        try {
            owedDashboards.removeIf(this::evicted);
            owedScopes.removeIf(this::evicted);
        } catch (RuntimeException e) {
            log.warn("Retrying owed dashboard cache evictions failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        retrier.shutdownNow();
    }
}
