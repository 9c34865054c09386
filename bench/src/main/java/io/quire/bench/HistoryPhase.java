package io.quire.bench;

import io.quire.bench.history.HistoryLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The scenarios on a generated history: the scan baseline of its event table, B4 (the first start rebuilds every
 * read model; then, where Quire has the admin API, a replay of every projection), B5 queries, and B1 creates on the
 * grown store. The second, larger history repeats B4 and B1 for B6.
 */
final class HistoryPhase {

    private final BenchRunner runner;
    private final BenchOptions options;
    private final long events;
    private final boolean primary;

    HistoryPhase(BenchRunner runner, long events, boolean primary) {
        this.runner = runner;
        this.options = runner.options();
        this.events = events;
        this.primary = primary;
    }

    static String label(long events) {
        return events >= 1_000_000 && events % 1_000_000 == 0 ? events / 1_000_000 + "M"
                : events >= 1000 && events % 1000 == 0 ? events / 1000 + "k" : Long.toString(events);
    }

    void run() throws Exception {
        String at = "@" + label(events);
        String database = runner.createDatabase("h" + label(events).toLowerCase());
        RawPostgres postgres = runner.postgres(database);
        try {
            BenchRunner.log("history of " + label(events) + " events: schema, then generation");
            runner.launch().start(database, List.of()).close();
            HistoryLoader.Loaded loaded = runner.generate(database, events);
            runner.keep(Measurement.of("history" + at, "generating the history (binary COPY, indexes rebuilt)",
                    loaded.events(), loaded.seconds(), null).withNote("sagas moved to the head: "
                    + loaded.sagasMovedToHead()));
            postgres.scan("domain_event_entry", true, "warm-up", "", 200_000);
            Measurement scan = runner.keep(postgres.scan("domain_event_entry", true, "B0-scan-json" + at,
                    " of the " + label(events) + "-event store", 0));

            BenchRunner.log("B4 rebuild of every read model on first start" + at);
            ReplayScenario replay = new ReplayScenario(postgres);
            ReplayScenario.Started first = replay.firstStart("B4-first-start" + at,
                    () -> runner.launch().start(database, List.of()), options.replayLimit(events));
            try (QuireProcess quire = first.quire();
                 ResourceWatch watch = new ResourceWatch(quire, () -> connect(postgres))) {
                Measurement rebuilt = first.measurement().withUsage(new ResourceWatch.Usage(
                        peakRss(quire), 0, 0, 0)).withNote(replay.verifyReadModels());
                runner.keep(rebuilt.against(scan, 0.30));
                Measurement commits = peakCommits();
                if (commits != null) {
                    runner.keep(rebuilt.renamed("B4-first-start" + at + "/commits", "the same rebuild against the "
                            + "peak single-row commit rate").against(commits, 10));
                }
                QuireClient client = new QuireClient(quire.url());
                if (primary && options.wants("B4")) {
                    BenchRunner.log("B4 replay through the admin API" + at);
                    ResourceWatch.Window window = watch.open();
                    Measurement api = replay.adminApi("B4-replay-api" + at, client, runner.adminToken(),
                            options.replayLimit(events));
                    runner.keep(api.withUsage(window.close(api.operations())).against(scan, 0.30));
                }
                if (primary && options.wants("B5")) {
                    BenchRunner.log("waiting for every projection to reach the head before B5" + at);
                    boolean caughtUp = replay.awaitCaughtUp(options.replayLimit(events).multipliedBy(2));
                    queries(client, loaded, watch, at,
                            caughtUp ? null : "measured while projections were still catching up");
                }
                if (options.wants("B6") || options.wants("B1")) {
                    creates(client, watch, at);
                }
            }
        } finally {
            runner.dropDatabase(database);
        }
    }

    private void queries(QuireClient client, HistoryLoader.Loaded loaded, ResourceWatch watch, String at,
                         String note) throws Exception {
        BenchRunner.log("B5 queries at a fixed offered load" + at);
        new QueryScenario(client, loaded.manifest()).run("B5", options.queryRate(),
                options.quick() ? Duration.ofSeconds(20) : Duration.ofSeconds(60), options.window(),
                options.quick() ? Duration.ofSeconds(5) : Duration.ofSeconds(10), watch)
                .forEach(measurement -> runner.keep(note == null ? measurement : measurement.withNote(note)));
    }

    private void creates(QuireClient client, ResourceWatch watch, String at) throws Exception {
        BenchRunner.log("B1 creates on the grown store" + at);
        CommandScenarios commands = new CommandScenarios(client, client.registerTenant(runner.adminToken(),
                "bench" + at));
        commands.warmCreates(16, options.warmUp());
        ResourceWatch.Window window = watch.open();
        Measurement b1 = commands.creates("B1-create-16" + at, 16, options.window());
        runner.keep(b1.withUsage(window.close(b1.operations())).against(runner.measured("B0-commit-16"), 0.45));
    }

    /** The best single-row commit rate of B0, over the connection counts measured. */
    private Measurement peakCommits() {
        Measurement best = null;
        for (int connections : new int[]{1, 4, 16, 64}) {
            Measurement m = runner.measured("B0-commit-" + connections);
            if (m != null && (best == null || m.perSecond() > best.perSecond())) {
                best = m;
            }
        }
        return best;
    }

    private static long peakRss(QuireProcess quire) {
        try {
            return Files.readAllLines(Path.of("/proc", quire.pid(), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0) / 1024;
        } catch (Exception e) {
            return 0;
        }
    }

    private static Connection connect(RawPostgres postgres) {
        try {
            return postgres.connect();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
