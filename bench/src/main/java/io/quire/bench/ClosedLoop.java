package io.quire.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * N workers, each sending its next request as soon as the previous one is answered, for a fixed time. Every
 * run is bounded in time, and any answer other than the expected one counts as an error.
 */
final class ClosedLoop {

    /** One request of one worker; answers whether it got the expected status. */
    @FunctionalInterface
    interface Call {
        boolean run(int worker, long sequence) throws Exception;
    }

    record Result(long ok, long errors, double seconds, Latencies latencies) {
    }

    static Result run(int workers, Duration duration, Call call) throws Exception {
        return run(workers, duration, call, () -> false);
    }

    /** Like {@link #run(int, Duration, Call)}, ending early once {@code done} says so. */
    static Result run(int workers, Duration duration, Call call, BooleanSupplier done) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            running.add(pool.submit(() -> {
                long sequence = 0;
                while (System.nanoTime() < deadline && !done.getAsBoolean()) {
                    long t0 = System.nanoTime();
                    boolean success;
                    try {
                        success = call.run(worker, sequence++);
                    } catch (Exception e) {
                        success = false;
                    }
                    if (success) {
                        latencies.record((System.nanoTime() - t0) / 1000);
                        ok.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        return new Result(ok.get(), errors.get(), (System.nanoTime() - started) / 1e9, latencies);
    }
}
