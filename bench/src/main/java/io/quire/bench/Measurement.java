package io.quire.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured scenario: how many operations in how long, latency percentiles where they apply, the baseline
 * it is compared with, and the target the ratio must meet.
 */
record Measurement(String id, String scenario, long operations, long errors, double seconds, double p50Millis,
                   double p99Millis, String baselineId, Double ratio, String target, Boolean targetMet) {

    double perSecond() {
        return seconds == 0 ? 0 : operations / seconds;
    }

    static Measurement of(String id, String scenario, long operations, double seconds, Latencies latencies) {
        return new Measurement(id, scenario, operations, 0, seconds,
                latencies == null ? 0 : latencies.percentileMillis(50),
                latencies == null ? 0 : latencies.percentileMillis(99), null, null, null, null);
    }

    Measurement withErrors(long count) {
        return new Measurement(id, scenario, operations, count, seconds, p50Millis, p99Millis, baselineId, ratio,
                target, targetMet);
    }

    Measurement against(Measurement baseline, double targetRatio) {
        double value = baseline.perSecond() == 0 ? 0 : perSecond() / baseline.perSecond();
        return new Measurement(id, scenario, operations, errors, seconds, p50Millis, p99Millis, baseline.id(), value,
                "≥ " + targetRatio, value >= targetRatio);
    }

    /** Marks whether the 99th percentile stayed under {@code millis}. */
    Measurement withP99Below(double millis) {
        return new Measurement(id, scenario, operations, errors, seconds, p50Millis, p99Millis, baselineId, ratio,
                String.format("p99 < %.0f ms", millis), p99Millis < millis);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("scenario", scenario);
        map.put("operations", operations);
        map.put("errors", errors);
        map.put("seconds", seconds);
        map.put("perSecond", Math.round(perSecond() * 10) / 10.0);
        map.put("p50Millis", p50Millis);
        map.put("p99Millis", p99Millis);
        map.put("baseline", baselineId);
        map.put("ratio", ratio);
        map.put("target", target);
        map.put("targetMet", targetMet);
        return map;
    }
}
