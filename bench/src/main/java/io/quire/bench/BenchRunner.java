package io.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quire.bench.history.HistoryLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the benchmark scenarios, each with its raw-PostgreSQL baseline in the same run, and writes a Markdown table
 * and JSON. It starts Quire itself from the built jar, on databases it creates and drops:
 * <ol>
 *     <li>a fresh database: B0 baselines, B1 creates, B2 updates (with and without snapshots and the aggregate
 *     cache, which need restarts), B3 lag and B7 sagas;</li>
 *     <li>a generated history of {@code --events} events: its scan baseline, B4 rebuild and replay, B5 queries, and
 *     B1 again on the grown store;</li>
 *     <li>a generated history of {@code --growth-events} events: B4 and B1 once more, for B6's ratios.</li>
 * </ol>
 * See {@link BenchOptions} for the arguments.
 */
public final class BenchRunner {

    private final BenchOptions options;
    private final List<Measurement> results = new ArrayList<>();
    private final String adminToken = "bench-" + UUID.randomUUID();
    private final QuireProcess.Launch launch;
    private final Map<String, Measurement> byId = new LinkedHashMap<>();
    private final Instant started;

    private BenchRunner(BenchOptions options) throws Exception {
        this.options = options;
        this.started = Instant.now();
        Files.createDirectories(options.out());
        this.launch = new QuireProcess.Launch(options.jar(), options.dbServer(), options.user(), options.password(),
                options.heap(), options.port(), adminToken, options.out());
    }

    public static void main(String[] args) throws Exception {
        new BenchRunner(BenchOptions.parse(args)).run();
    }

    private void run() throws Exception {
        if (options.wants("B0") || options.wants("B1") || options.wants("B2") || options.wants("B3")
                || options.wants("B7")) {
            new FreshPhase(this).run();
        }
        if (options.wants("B4") || options.wants("B5") || options.wants("B6")) {
            new HistoryPhase(this, options.historyEvents(), true).run();
        }
        if (options.wants("B6")) {
            new HistoryPhase(this, options.growthEvents(), false).run();
            growth();
        }
        System.out.println();
        System.out.println(report(true));
    }

    /** B6: the figures at the larger history against those at the smaller. */
    private void growth() {
        String small = HistoryPhase.label(options.historyEvents());
        String large = HistoryPhase.label(options.growthEvents());
        for (String scenario : new String[]{"B1-create-16", "B4-first-start"}) {
            Measurement atLarge = byId.get(scenario + "@" + large);
            Measurement atSmall = byId.get(scenario + "@" + small);
            if (atLarge != null && atSmall != null) {
                keep(atLarge.renamed("B6-" + scenario, scenario + " at " + large + " against " + small + " events")
                        .against(atSmall, 0.7));
            }
        }
    }

    BenchOptions options() {
        return options;
    }

    QuireProcess.Launch launch() {
        return launch;
    }

    String adminToken() {
        return adminToken;
    }

    Measurement measured(String id) {
        return byId.get(id);
    }

    Measurement keep(Measurement measurement) {
        results.add(measurement);
        byId.put(measurement.id(), measurement);
        try {
            // Written after every result, so that a run stopped half-way still leaves what it measured.
            report(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Measurement.Comparison c = measurement.comparison();
        System.out.printf("  %-28s %10.1f/s  p50 %8.2f ms  p99 %8.2f ms%s%s%n", measurement.id(),
                measurement.perSecond(), measurement.p50Millis(), measurement.p99Millis(),
                c == null ? "" : c.ratio() == null ? "  " + c.target() + (c.met() ? " met" : " missed")
                        : String.format("  ratio %.2f (%s)", c.ratio(), c.target()),
                measurement.note() == null ? "" : "  [" + measurement.note() + "]");
        return measurement;
    }

    /** Creates an empty database on the benchmark server; answers its name. It goes even if the run is stopped. */
    String createDatabase(String purpose) throws SQLException {
        String name = "quire_bench_" + purpose + "_" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection admin = serverConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabase(name), "drop-" + name));
        return name;
    }

    void dropDatabase(String name) {
        if (options.keepDatabases()) {
            System.out.println("  keeping database " + name);
            return;
        }
        try (Connection admin = serverConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + name + ": " + e.getMessage());
        }
    }

    RawPostgres postgres(String database) {
        return new RawPostgres(jdbcUrl(database), options.user(), options.password());
    }

    String jdbcUrl(String database) {
        return "jdbc:" + options.dbServer() + "/" + database;
    }

    HistoryLoader.Loaded generate(String database, long events) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), options.user(),
                options.password())) {
            return new HistoryLoader(connection).load(events, 20261122L,
                    done -> {
                        if (done % 1_000_000 == 0) {
                            System.out.printf("    %,d events written%n", done);
                        }
                    });
        }
    }

    private Connection serverConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), options.user(), options.password());
    }

    static void log(String step) {
        System.out.println("== " + step);
    }

    /** Writes latest.json and latest.md with the results so far, and answers the table. */
    private String report(boolean finished) throws IOException {
        Duration took = Duration.between(started, Instant.now());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("mode", options.quick() ? "quick" : "full");
        document.put("finished", finished);
        document.put("startedAt", started.toString());
        document.put("minutes", Math.round(took.toSeconds() / 6.0) / 10.0);
        document.put("heap", options.heap());
        document.put("cores", Runtime.getRuntime().availableProcessors());
        document.put("historyEvents", options.historyEvents());
        document.put("growthEvents", options.growthEvents());
        document.put("results", results.stream().map(Measurement::asMap).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out().resolve("latest.json").toFile(), document);
        String table = MarkdownTable.of(results, MarkdownTable.heading(started.toString(),
                options.quick() ? "quick" : "full", Runtime.getRuntime().availableProcessors(), options.heap(),
                took.toSeconds() / 60.0, finished));
        Files.writeString(options.out().resolve("latest.md"), table);
        return table;
    }

    /** {@code --name value} pairs and {@code --flag}s, as every benchmark main class reads its arguments. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }
}
