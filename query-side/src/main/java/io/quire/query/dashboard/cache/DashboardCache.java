package io.quire.query.dashboard.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Optional;

/**
 * Read-through cache of dashboard answers in Redis, as JSON with a time to live. Redis is an accelerator, never a
 * dependency: every call to it is bounded by a short timeout, and when it fails or is slow the dashboard is computed
 * from PostgreSQL as if nothing were cached. Hits, misses and failures are counted per dashboard
 * ({@code quire.dashboard.cache.hits}, {@code .misses}, {@code .failures}).
 */
@Component
public class DashboardCache {

    private static final Logger log = LoggerFactory.getLogger(DashboardCache.class);

    private final ReactiveStringRedisTemplate redis;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final CacheEviction eviction;
    private final RedisLink link;
    private final CacheSettings settings;

    public DashboardCache(ReactiveStringRedisTemplate redis, ObjectMapper json, MeterRegistry meters,
                          CacheEviction eviction, RedisLink link, CacheSettings settings) {
        this.redis = redis;
        this.json = json;
        this.meters = meters;
        this.eviction = eviction;
        this.link = link;
        this.settings = settings;
    }

    /**
     * The cached answer for these parameters, or {@code compute}'s, which is then cached. With {@code bypass} (the
     * caller waited for a consistency token) the cache is neither read nor written.
     */
    public <T> Mono<Cached<T>> read(CacheScope scope, String parameters, Class<T> type, boolean bypass,
                                    Mono<T> compute) {
        return Mono.defer(() -> lookUp(scope, parameters, type, bypass, compute));
    }

    private <T> Mono<Cached<T>> lookUp(CacheScope scope, String parameters, Class<T> type, boolean bypass,
                                       Mono<T> compute) {
        if (bypass || eviction.owes(scope)) {
            return compute.map(value -> new Cached<>(value, Cached.BYPASS));
        }
        if (!link.established()) {
            count("failures", scope);
            return compute.map(value -> new Cached<>(value, Cached.UNAVAILABLE));
        }
        String entry = scope.entry(parameters);
        return bounded(scope, redis.opsForValue().get(entry))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .map(found -> found.flatMap(raw -> parse(raw, type)))
                .flatMap(found -> {
                    if (found.isPresent()) {
                        count("hits", scope);
                        return Mono.just(new Cached<>(found.get(), Cached.HIT));
                    }
                    count("misses", scope);
                    return missed(scope, entry, compute);
                })
                .onErrorResume(RedisTrouble.class, trouble -> compute.map(value ->
                        new Cached<>(value, Cached.UNAVAILABLE)));
    }

    /** Notes where the scope stands, computes, and stores the answer unless the scope was evicted meanwhile. */
    private <T> Mono<Cached<T>> missed(CacheScope scope, String entry, Mono<T> compute) {
        Mono<String> generation = bounded(scope, redis.opsForValue().get(scope.generation())).defaultIfEmpty("");
        Mono<String> epoch = bounded(scope, redis.opsForValue().get(CacheScope.epoch(scope.dashboard())))
                .defaultIfEmpty("");
        return Mono.zip(generation, epoch).flatMap(seen -> compute.flatMap(value ->
                store(scope, entry, value, seen.getT1(), seen.getT2())
                        .thenReturn(new Cached<>(value, Cached.MISS))));
    }

    private Mono<Void> store(CacheScope scope, String entry, Object value, String generation, String epoch) {
        String serialized;
        try {
            serialized = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return Mono.error(new IllegalStateException("A dashboard answer could not be written as JSON", e));
        }
        return bounded(scope, redis.execute(CacheScripts.STORE,
                        List.of(entry, scope.index(), scope.generation(), CacheScope.epoch(scope.dashboard())),
                        List.of(serialized, Long.toString(settings.ttl().toSeconds()), generation, epoch)).next())
                .onErrorResume(RedisTrouble.class, trouble -> Mono.empty())
                .then();
    }

    /** A Redis call, off the event loop (connecting may block) and cut off at the timeout. */
    private <T> Mono<T> bounded(CacheScope scope, Mono<T> call) {
        return Mono.defer(() -> call)
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(settings.timeout())
                .onErrorMap(error -> {
                    count("failures", scope);
                    log.debug("Redis did not answer for a dashboard: {}", error.toString());
                    return new RedisTrouble(error);
                });
    }

    private <T> Optional<T> parse(String raw, Class<T> type) {
        try {
            return Optional.of(json.readValue(raw, type));
        } catch (JsonProcessingException e) {
            // An entry an older version of Quire wrote in another shape: read past it, and the miss overwrites it.
            return Optional.empty();
        }
    }

    private void count(String outcome, CacheScope scope) {
        meters.counter("quire.dashboard.cache." + outcome, "dashboard", scope.dashboard()).increment();
    }

    /** Redis failed or was slow; the dashboard answers without it. */
    private static final class RedisTrouble extends RuntimeException {
        RedisTrouble(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }
    }
}
