package io.quire.platform.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Bounded waits for what happens in the background (processors, schedulers): never a fixed sleep, never forever. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    public static void holds(String what, Duration limit, BooleanSupplier condition) {
        present(what, limit, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    public static <T> T present(String what, Duration limit, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /** Reads until the answer satisfies {@code done}, and answers it; fails, naming the last answer, after {@code limit}. */
    public static <T> T until(Duration limit, Supplier<T> read, Predicate<T> done) {
        Object[] last = new Object[1];
        try {
            return present("an answer that is done", limit, () -> {
                T answer = read.get();
                last[0] = answer;
                return done.test(answer) ? Optional.of(answer) : Optional.empty();
            });
        } catch (AssertionError notDone) {
            throw new AssertionError(notDone.getMessage() + "; last answer: " + last[0], notDone);
        }
    }
}
