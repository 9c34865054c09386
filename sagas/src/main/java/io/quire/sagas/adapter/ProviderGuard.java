package io.quire.sagas.adapter;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * What every call to one provider goes through, from the outside in: a circuit breaker, retries with exponential
 * backoff, a time limit per attempt, and a bounded pool of threads (the bulkhead) that runs the attempt.
 * <p>
 * The breaker sits outside the retries so that it judges whole calls: a blip that a retry absorbs does not count
 * against the provider, and once the breaker is open a call fails at once instead of being retried.
 * <p>
 * The time limit is Resilience4j's {@link TimeLimiter} waiting on the attempt's future, so it covers queueing in
 * the bulkhead as well as the network. It cannot stop a blocked socket read on the pool thread; the HTTP client's
 * and the mail session's own timeouts do that, which is why both are configured too.
 * <p>
 * An attempt signals an untrustworthy answer by throwing: it is retried and counted. It signals a refusal by
 * throwing {@link ProviderRefusal}, which passes the breaker and the retries as a plain result and is thrown again
 * afterwards. Business outcomes such as a declined card are ordinary results.
 */
public final class ProviderGuard {

    private final String adapter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ThreadPoolBulkhead bulkhead;

    ProviderGuard(String adapter, CircuitBreaker circuitBreaker, Retry retry, TimeLimiter timeLimiter,
                  ThreadPoolBulkhead bulkhead) {
        this.adapter = adapter;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.timeLimiter = timeLimiter;
        this.bulkhead = bulkhead;
    }

    /** Runs {@code attempt} as often as the retry policy allows; any failure leaves as {@link AdapterFailure}. */
    public <T> T call(Callable<T> attempt) {
        Callable<Object> refusalAsResult = () -> {
            try {
                return attempt.call();
            } catch (ProviderRefusal refusal) {
                return refusal;
            }
        };
        Callable<Object> limited = () -> timeLimiter.executeFutureSupplier(
                () -> bulkhead.submit(refusalAsResult).toCompletableFuture());
        Callable<Object> guarded = CircuitBreaker.decorateCallable(circuitBreaker, Retry.decorateCallable(retry, limited));
        Object outcome;
        try {
            outcome = guarded.call();
        } catch (AdapterFailure failure) {
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdapterFailure(adapter, "interrupted while waiting for the provider", e);
        } catch (Exception e) {
            throw new AdapterFailure(adapter, describe(e), e);
        }
        if (outcome instanceof ProviderRefusal refusal) {
            throw refusal;
        }
        @SuppressWarnings("unchecked")
        T result = (T) outcome;
        return result;
    }

    private String describe(Exception e) {
        if (e instanceof CallNotPermittedException) {
            return "circuit breaker is open after repeated failures, so the provider was not called";
        }
        if (e instanceof BulkheadFullException) {
            return "too many calls to the provider are in flight";
        }
        if (e instanceof TimeoutException) {
            return "no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration();
        }
        // The chain of causes names what went wrong (ConnectException, HttpTimeoutException, …); the top message
        // usually names the request.
        StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            chain.append(" < ").append(cause.getClass().getSimpleName());
        }
        return "call failed: " + chain + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
