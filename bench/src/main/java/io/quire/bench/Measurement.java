package io.quire.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured scenario: how many operations in how long, latency percentiles where they apply, the baseline it is
 * compared with and the target, the resources Quire used meanwhile, and a note where the figure needs one (a bound
 * that cut it short, an endpoint that is not there).
 */
record Measurement(String id, String scenario, long operations, long errors, double seconds, double p50Millis,
                   double p99Millis, Comparison comparison, ResourceWatch.Usage usage, String note) {

    /** The ratio to a baseline of the same run, or a latency bound, and whether the target holds. */
    record Comparison(String baselineId, Double ratio, String target, boolean met) {
    }

    double perSecond() {
        return seconds == 0 ? 0 : operations / seconds;
    }

    static Measurement of(String id, String scenario, long operations, double seconds, Latencies latencies) {
        return new Measurement(id, scenario, operations, 0, seconds,
                latencies == null ? 0 : latencies.percentileMillis(50),
                latencies == null ? 0 : latencies.percentileMillis(99), null, null, null);
    }

    /** A row for a scenario that could not be measured; never a made-up number. */
    static Measurement unavailable(String id, String scenario, String reason) {
        return new Measurement(id, scenario, 0, 0, 0, 0, 0, null, null, "not available: " + reason);
    }

    boolean available() {
        return note == null || !note.startsWith("not available");
    }

    Measurement withErrors(long count) {
        return new Measurement(id, scenario, operations, count, seconds, p50Millis, p99Millis, comparison, usage,
                note);
    }

    Measurement withUsage(ResourceWatch.Usage used) {
        if (!available()) {
            return this;
        }
        return new Measurement(id, scenario, operations, errors, seconds, p50Millis, p99Millis, comparison, used,
                note);
    }

    Measurement withNote(String text) {
        return new Measurement(id, scenario, operations, errors, seconds, p50Millis, p99Millis, comparison, usage,
                note == null ? text : note + "; " + text);
    }

    /** Compares throughput with a baseline's: the target is a least ratio. */
    Measurement against(Measurement baseline, double targetRatio) {
        if (baseline == null || !baseline.available() || !available()) {
            return this;
        }
        double value = baseline.perSecond() == 0 ? 0 : perSecond() / baseline.perSecond();
        return new Measurement(id, scenario, operations, errors, seconds, p50Millis, p99Millis,
                new Comparison(baseline.id(), value, "≥ " + targetRatio, value >= targetRatio), usage, note);
    }

    /** Holds p99 latency to a bound in milliseconds. */
    Measurement p99Below(double millis) {
        if (!available()) {
            return this;
        }
        return new Measurement(id, scenario, operations, errors, seconds, p50Millis, p99Millis,
                new Comparison(null, null, "p99 < " + (millis == Math.rint(millis) ? Long.toString((long) millis)
                        : Double.toString(millis)) + " ms", p99Millis < millis && operations > 0), usage, note);
    }

    /** The same figures under another id, compared with another baseline (one row per comparison). */
    Measurement renamed(String newId, String newScenario) {
        return new Measurement(newId, newScenario, operations, errors, seconds, p50Millis, p99Millis, null, usage,
                note);
    }

    /** Marks whether the 99th percentile stayed under {@code millis}. */
    Measurement withP99Below(double millis) {
        return p99Below(millis);
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("scenario", scenario);
        map.put("operations", operations);
        map.put("errors", errors);
        map.put("seconds", Math.round(seconds * 1000) / 1000.0);
        map.put("perSecond", Math.round(perSecond() * 10) / 10.0);
        map.put("p50Millis", p50Millis);
        map.put("p99Millis", p99Millis);
        map.put("baseline", comparison == null ? null : comparison.baselineId());
        map.put("ratio", comparison == null || comparison.ratio() == null ? null
                : Math.round(comparison.ratio() * 1000) / 1000.0);
        map.put("target", comparison == null ? null : comparison.target());
        map.put("targetMet", comparison == null ? null : comparison.met());
        map.put("peakRssMiB", usage == null ? null : usage.peakRssMiB());
        map.put("peakHeapMiB", usage == null ? null : usage.peakHeapMiB());
        map.put("quireCpuMillisPerOp", usage == null ? null : round(usage.quireCpuMillisPerOp()));
        map.put("postgresCpuMillisPerOp", usage == null ? null : round(usage.postgresCpuMillisPerOp()));
        map.put("note", note);
        return map;
    }

    /** The measurement {@link #asMap} wrote, read back (to render a results file again). */
    static Measurement fromMap(Map<String, Object> map) {
        Object baseline = map.get("baseline");
        Object target = map.get("target");
        Comparison comparison = baseline == null && target == null ? null : new Comparison((String) baseline,
                map.get("ratio") == null ? null : number(map, "ratio"), (String) target,
                Boolean.TRUE.equals(map.get("targetMet")));
        ResourceWatch.Usage usage = map.get("peakRssMiB") == null && map.get("quireCpuMillisPerOp") == null ? null
                : new ResourceWatch.Usage((long) number(map, "peakRssMiB"), (long) number(map, "peakHeapMiB"),
                number(map, "quireCpuMillisPerOp"), number(map, "postgresCpuMillisPerOp"));
        return new Measurement((String) map.get("id"), (String) map.get("scenario"), (long) number(map, "operations"),
                (long) number(map, "errors"), number(map, "seconds"), number(map, "p50Millis"),
                number(map, "p99Millis"), comparison, usage, (String) map.get("note"));
    }

    private static double number(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
