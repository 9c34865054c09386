package io.quire.platform.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waiting for work that happens in the background (sagas, deadlines, projections). */
public final class Eventually {

    private Eventually() {
    }

    /** Reads until the answer satisfies {@code done}, and answers it; fails with the last answer after {@code limit}. */
    public static <T> T until(Duration limit, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(limit);
        T last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not done within " + limit + "; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
            last = read.get();
        }
        return last;
    }
}
