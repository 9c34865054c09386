package io.quire.platform.replay.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Events per second of each group, from the positions seen over the last few seconds. */
final class ProjectionRates {

    private static final long WINDOW_NANOS = 10_000_000_000L;
    private static final long SHORTEST_NANOS = 500_000_000L;

    private record Sample(long nanos, long position) {
    }

    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

    void record(String group, long position, long nanos) {
        Deque<Sample> seen = samples.computeIfAbsent(group, key -> new ArrayDeque<>());
        synchronized (seen) {
            if (!seen.isEmpty() && seen.peekLast().position() > position) {
                seen.clear();
            }
            seen.addLast(new Sample(nanos, position));
            while (seen.size() > 2 && nanos - seen.peekFirst().nanos() > WINDOW_NANOS) {
                seen.removeFirst();
            }
        }
    }

    double perSecond(String group) {
        Deque<Sample> seen = samples.get(group);
        if (seen == null) {
            return 0;
        }
        synchronized (seen) {
            if (seen.size() < 2) {
                return 0;
            }
            Sample first = seen.peekFirst();
            Sample last = seen.peekLast();
            long nanos = last.nanos() - first.nanos();
            return nanos < SHORTEST_NANOS ? 0 : (last.position() - first.position()) * 1e9 / nanos;
        }
    }
}
