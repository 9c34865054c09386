package io.quire.query.dashboard.cache;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Opens the connection to Redis in the background, so that no dashboard request ever waits for a connection to be
 * made (connecting blocks a thread, and a request cut off meanwhile would leave a failed attempt behind). Until the
 * first connection stands, the cache is skipped. After that Lettuce keeps the connection, reconnecting by itself,
 * and calls fail at once while it is away.
 */
@Component
public class RedisLink {

    private static final Logger log = LoggerFactory.getLogger(RedisLink.class);
    private static final Duration FIRST_CALL_LIMIT = Duration.ofSeconds(5);

    private final ReactiveStringRedisTemplate redis;
    private final ScheduledExecutorService connector;
    private volatile boolean established;

    public RedisLink(ReactiveStringRedisTemplate redis, CacheSettings settings) {
        this.redis = redis;
        this.connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-cache-connect");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.retryEvery().toMillis();
        connector.scheduleWithFixedDelay(this::connect, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Whether the connection has been made; it may still be down for a while, and calls then fail fast. */
    public boolean established() {
        return established;
    }

    private void connect() {
        if (established) {
            connector.shutdown();
            return;
        }
        try {
            redis.hasKey("dashboards:~connect").block(FIRST_CALL_LIMIT);
            established = true;
            log.info("Connected to Redis for the dashboard cache");
        } catch (RuntimeException e) {
            log.debug("Redis is not reachable yet for the dashboard cache: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        connector.shutdownNow();
    }
}
