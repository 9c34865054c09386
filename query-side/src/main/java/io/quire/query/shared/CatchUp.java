package io.quire.query.shared;

import java.util.function.Supplier;

/**
 * Marks the handling of events that a copy of a read model replays from the store (a blue-green rebuild, an
 * evaluation), so that a projection can leave work for its {@link ReadModelCompletion} that it would otherwise do
 * per event. Bound to the thread that replays.
 */
public final class CatchUp {

    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private CatchUp() {
    }

    /** Runs {@code work} as part of a replay into a copy. */
    public static <T> T replaying(Supplier<T> work) {
        boolean outer = REPLAYING.get();
        REPLAYING.set(true);
        try {
            return work.get();
        } finally {
            REPLAYING.set(outer);
        }
    }

    /** Whether the current thread is replaying into a copy. */
    public static boolean replaying() {
        return REPLAYING.get();
    }
}
