package io.quire.sagas.adapter;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands each adapter its {@link ProviderGuard}, built from the Resilience4j registries, so that everything is tuned
 * by the adapter's name under {@code resilience4j.*.instances.<name>} and its metrics carry that name. Closing it
 * stops the bulkheads' threads, which Resilience4j leaves running.
 */
public class ProviderGuards implements AutoCloseable {

    private final CircuitBreakerRegistry circuitBreakers;
    private final RetryRegistry retries;
    private final TimeLimiterRegistry timeLimiters;
    private final ThreadPoolBulkheadRegistry bulkheads;
    private final List<ThreadPoolBulkhead> handedOut = new CopyOnWriteArrayList<>();

    public ProviderGuards(CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
                          TimeLimiterRegistry timeLimiters, ThreadPoolBulkheadRegistry bulkheads) {
        this.circuitBreakers = circuitBreakers;
        this.retries = retries;
        this.timeLimiters = timeLimiters;
        this.bulkheads = bulkheads;
    }

    public ProviderGuard forAdapter(String name) {
        ThreadPoolBulkhead bulkhead = bulkheads.bulkhead(name);
        handedOut.add(bulkhead);
        return new ProviderGuard(name, circuitBreakers.circuitBreaker(name), retries.retry(name),
                timeLimiters.timeLimiter(name), bulkhead);
    }

    @Override
    public void close() throws Exception {
        for (ThreadPoolBulkhead bulkhead : handedOut) {
            bulkhead.close();
        }
    }
}
