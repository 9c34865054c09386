package io.quire.bench;

import java.util.Arrays;

/** Latency samples in microseconds, kept in a growable array so recording stays cheap under load. */
final class Latencies {

    private long[] samples = new long[1 << 14];
    private int count;

    synchronized void record(long micros) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = micros;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            record(other.samples[i]);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds, or 0 when nothing was recorded. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p / 100.0 * count) - 1));
        return sorted[index] / 1000.0;
    }
}
