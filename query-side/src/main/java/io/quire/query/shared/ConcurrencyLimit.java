package io.quire.query.shared;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A bulkhead for one kind of expensive read: at most {@code permits} run at once, at most {@code maxWaiting} more
 * wait (in arrival order, at most {@code maxWait} each), and the rest are refused at once. Waiting never blocks a
 * thread, so it is safe on the event loop. Without it, a burst of costly reads would hold every database connection
 * and starve the cheap ones behind them.
 */
public final class ConcurrencyLimit {

    /** Raised when no permit could be had: too many waiting already, or the wait ran out. */
    public static final class Full extends RuntimeException {
        Full(String message) {
            super(message, null, false, false);
        }
    }

    private final String name;
    private final int permits;
    private final int maxWaiting;
    private final Duration maxWait;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int inUse;

    public ConcurrencyLimit(String name, int permits, int maxWaiting, Duration maxWait) {
        if (permits < 1 || maxWaiting < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException(name + ": needs at least one permit and no negative limits");
        }
        this.name = name;
        this.permits = permits;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    /** Runs the work once a permit is free, and frees it when the work ends, fails or is cancelled. */
    public <T> Mono<T> run(Supplier<Mono<T>> work) {
        return Mono.usingWhen(acquire(), permit -> work.get(), Permit::release, (permit, error) -> permit.release(),
                Permit::release);
    }

    public synchronized int inUse() {
        return inUse;
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private Mono<Permit> acquire() {
        return Mono.<Permit>create(sink -> {
            Waiter waiter = new Waiter(sink);
            synchronized (this) {
                if (inUse < permits) {
                    inUse++;
                    waiter.granted.set(true);
                } else if (waiting.size() >= maxWaiting) {
                    sink.error(new Full(name + ": " + permits + " running and " + waiting.size() + " waiting"));
                    return;
                } else {
                    waiting.addLast(waiter);
                }
            }
            sink.onCancel(() -> giveUp(waiter));
            if (waiter.granted.get()) {
                sink.success(waiter.permit);
            }
        }).timeout(maxWait, Mono.error(() -> new Full(name + ": no permit within " + maxWait.toMillis() + " ms")));
    }

    /** A cancelled waiter leaves the queue; one whose permit was already on its way hands it back. */
    private void giveUp(Waiter waiter) {
        synchronized (this) {
            if (!waiter.granted.get()) {
                waiting.remove(waiter);
                return;
            }
        }
        waiter.permit.release();
    }

    private void handOver() {
        Waiter next;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                inUse--;
                return;
            }
            next.granted.set(true);
        }
        next.sink.success(next.permit);
    }

    private final class Waiter {
        private final MonoSink<Permit> sink;
        private final AtomicBoolean granted = new AtomicBoolean();
        private final Permit permit = new Permit();

        private Waiter(MonoSink<Permit> sink) {
            this.sink = sink;
        }
    }

    /** One running read's permit; releasing it twice releases it once. */
    private final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        private Mono<Void> release() {
            if (released.compareAndSet(false, true)) {
                handOver();
            }
            return Mono.empty();
        }
    }
}
