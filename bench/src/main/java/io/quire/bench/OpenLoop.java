package io.quire.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests at a fixed offered rate, whatever the answers do: request i is due at {@code start + i / rate} and is
 * sent then, without waiting for earlier ones. Latency counts from when a request was due, so a server that falls
 * behind shows it in the percentiles instead of quietly slowing the client down (no coordinated omission).
 */
final class OpenLoop {

    /** One endpoint: builds its i-th request and knows the status a good answer has. */
    interface Target {
        String name();

        HttpRequest request(long sequence);

        default boolean good(int status) {
            return status == 200;
        }
    }

    /** Per endpoint: latencies of good answers, and the others counted by what went wrong (status or failure). */
    record Result(Map<String, Latencies> latencies, Map<String, Map<String, AtomicLong>> errors, double seconds) {

        long errorCount(String target) {
            return errors.get(target).values().stream().mapToLong(AtomicLong::get).sum();
        }

        /** For example {@code 503 ×12, HttpTimeoutException ×3}, or null when there were none. */
        String errorSummary(String target) {
            Map<String, AtomicLong> kinds = errors.get(target);
            return kinds.isEmpty() ? null : kinds.entrySet().stream()
                    .map(kind -> kind.getKey() + " ×" + kind.getValue().get())
                    .reduce((a, b) -> a + ", " + b).orElse(null);
        }
    }

    private static final int MAX_IN_FLIGHT = 4096;

    private OpenLoop() {
    }

    /** Offers {@code ratePerTarget} requests per second to each target, round robin, for {@code duration}. */
    static Result run(HttpClient http, List<Target> targets, double ratePerTarget, Duration duration)
            throws InterruptedException {
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        Map<String, Map<String, AtomicLong>> errors = new LinkedHashMap<>();
        targets.forEach(t -> {
            latencies.put(t.name(), new Latencies());
            errors.put(t.name(), new ConcurrentHashMap<>());
        });
        long interval = (long) (1e9 / (ratePerTarget * targets.size()));
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicInteger inFlight = new AtomicInteger();
        long sequence = 0;
        for (long due = start; due < end; due += interval, sequence++) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Target target = targets.get((int) (sequence % targets.size()));
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                count(errors, target, "not sent, " + MAX_IN_FLIGHT + " in flight");
                continue;
            }
            long dueAt = due;
            inFlight.incrementAndGet();
            CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(target.request(sequence / targets.size()),
                    HttpResponse.BodyHandlers.discarding());
            answer.whenComplete((response, failure) -> {
                inFlight.decrementAndGet();
                if (failure == null && target.good(response.statusCode())) {
                    latencies.get(target.name()).record((System.nanoTime() - dueAt) / 1000);
                } else {
                    count(errors, target, failure == null ? Integer.toString(response.statusCode())
                            : rootCause(failure).getClass().getSimpleName());
                }
            });
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return new Result(latencies, errors, (System.nanoTime() - start) / 1e9);
    }

    private static void count(Map<String, Map<String, AtomicLong>> errors, Target target, String kind) {
        errors.get(target.name()).computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
