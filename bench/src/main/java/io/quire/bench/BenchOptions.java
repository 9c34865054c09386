package io.quire.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark run's settings, from the command line. {@code --quick} shortens every window and shrinks every
 * history for a smoke run; the full run is what the README reports.
 */
record BenchOptions(Path jar, String dbServer, String user, String password, String heap, int port, Path out,
                    boolean quick, Set<String> only, long historyEvents, long growthEvents, boolean keepDatabases,
                    double queryRate) {

    static BenchOptions parse(String[] args) {
        Map<String, String> options = BenchRunner.parse(args);
        boolean quick = options.containsKey("quick");
        return new BenchOptions(Path.of(options.getOrDefault("jar", "platform/target/quire.jar")),
                options.getOrDefault("db-server", "postgresql://127.0.0.1:5432"),
                options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""),
                options.getOrDefault("heap", "1g"), Integer.parseInt(options.getOrDefault("port", "18181")),
                Path.of(options.getOrDefault("out", "bench/results")), quick,
                options.containsKey("only") ? Arrays.stream(options.get("only").split(","))
                        .map(String::trim).map(String::toUpperCase).collect(Collectors.toSet()) : Set.of(),
                count(options.getOrDefault("events", quick ? "100000" : "1000000")),
                count(options.getOrDefault("growth-events", quick ? "300000" : "10000000")),
                options.containsKey("keep-databases"),
                Double.parseDouble(options.getOrDefault("query-rate", Double.toString(DEFAULT_QUERY_RATE))));
    }

    /**
     * B5's offered load: requests per second to each of its 9 endpoints at once (90/s in all). Fixed, so that runs
     * compare; B5's "alone" rows show what each endpoint serves at most, to read it against.
     */
    static final double DEFAULT_QUERY_RATE = 10;

    /** Whether scenario {@code id} (B0 … B7) is part of this run. */
    boolean wants(String id) {
        return only.isEmpty() || only.contains(id);
    }

    Duration window() {
        return quick ? Duration.ofSeconds(5) : Duration.ofSeconds(20);
    }

    /**
     * A warm-up of so many requests, or this long if that comes first. Counted in requests, because the JIT settles
     * after a number of calls, not of seconds: a cold Quire measured a third of its warm rate, and a time-based
     * warm-up on a busy machine served too few requests to warm anything.
     */
    record WarmUp(long requests, Duration atMost) {
    }

    WarmUp warmUp() {
        return quick ? new WarmUp(5_000, Duration.ofSeconds(60)) : new WarmUp(50_000, Duration.ofMinutes(4));
    }

    /** How long a replay may take before it is cut off and its rate so far reported. */
    Duration replayLimit(long events) {
        return Duration.ofSeconds(Math.max(quick ? 300 : 600, events / (quick ? 500 : 5000)));
    }

    private static long count(String value) {
        return Long.parseLong(value.replace("_", "").replace(",", ""));
    }
}
