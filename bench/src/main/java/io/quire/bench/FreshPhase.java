package io.quire.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The scenarios on a fresh database: B0 baselines, B1 creates, B2 updates, B3 lag and B7 sagas on Quire's default
 * configuration, then B2 again on the same long histories with snapshots off, and with the aggregate cache on.
 */
final class FreshPhase {

    /** B2 variants: the settings Quire restarts with, and how the table names them. */
    private record Variant(String suffix, String description, List<String> settings) {
    }

    private static final List<Variant> B2_VARIANTS = List.of(
            new Variant("no-snapshots", ", no snapshots, no cache", List.of("--quire.snapshots.page-threshold=0")),
            new Variant("cached", ", snapshots and aggregate cache", List.of("--quire.aggregates.cache.enabled=true")));

    private final BenchRunner runner;
    private final BenchOptions options;

    FreshPhase(BenchRunner runner) {
        this.runner = runner;
        this.options = runner.options();
    }

    void run() throws Exception {
        String database = runner.createDatabase("fresh");
        RawPostgres postgres = runner.postgres(database);
        Supplier<Connection> connections = connections(postgres);
        CommandScenarios commands;
        try {
            try (QuireProcess quire = runner.launch().start(database, List.of());
                 ResourceWatch watch = new ResourceWatch(quire, connections)) {
                QuireClient client = new QuireClient(quire.url());
                commands = new CommandScenarios(client, client.registerTenant(runner.adminToken(), "bench"));
                baselines(postgres);
                if (options.wants("B1") || options.wants("B2") || options.wants("B3")) {
                    BenchRunner.log("warming Quire up");
                    commands.warmCreates(16, options.warmUp());
                }
                if (options.wants("B1")) {
                    BenchRunner.log("B1 create commands over REST");
                    for (int workers : new int[]{16, 64}) {
                        awaitProjections(postgres);
                        ResourceWatch.Window window = watch.open();
                        Measurement b1 = commands.creates("B1-create-" + workers, workers, options.window());
                        runner.keep(b1.withUsage(window.close(b1.operations()))
                                .against(runner.measured("B0-commit-" + workers), 0.45));
                    }
                }
                if (options.wants("B2")) {
                    BenchRunner.log("B2 updates of pages with long histories (snapshots on, the default)");
                    for (int history : histories()) {
                        commands.prepareHistory(16, history);
                    }
                    BenchRunner.log("warming the edit path up");
                    commands.warmEdits(16, options.warmUp());
                    for (int history : histories()) {
                        awaitProjections(postgres);
                        ResourceWatch.Window window = watch.open();
                        Measurement b2 = commands.updates("B2-update-" + history, ", default settings", 16, history,
                                options.window());
                        runner.keep(b2.withUsage(window.close(b2.operations()))
                                .against(runner.measured("B1-create-16"), 0.5));
                    }
                    flatness("B2-update-");
                }
                if (options.wants("B3") && runner.measured("B1-create-16") != null) {
                    BenchRunner.log("B3 projection lag at half of peak");
                    ResourceWatch.Window window = watch.open();
                    Measurement b3 = commands.lag("B3-lag", runner.measured("B1-create-16").perSecond() * 0.5,
                            options.window());
                    runner.keep(b3.withUsage(window.close(b3.operations())).p99Below(100));
                }
                if (options.wants("B7")) {
                    sagas(new SagaScenario(client, runner.adminToken()), watch);
                }
            }
            if (options.wants("B2")) {
                variants(database, postgres, connections, commands);
            }
        } finally {
            runner.dropDatabase(database);
        }
    }

    /**
     * Every measurement starts with the projections at the head of the event store, so that none pays for the
     * backlog an earlier step left (building 16 pages of 1,000 versions leaves one).
     */
    private static void awaitProjections(RawPostgres postgres) throws Exception {
        if (!new ReplayScenario(postgres).awaitCaughtUp(Duration.ofMinutes(3))) {
            BenchRunner.log("projections still behind after 3 minutes; measuring anyway");
        }
    }

    private void baselines(RawPostgres postgres) throws Exception {
        if (!options.wants("B0") && !options.wants("B1")) {
            return;
        }
        BenchRunner.log("B0 raw PostgreSQL baselines");
        postgres.prepare();
        for (int connections : new int[]{1, 4, 16, 64}) {
            runner.keep(postgres.singleRowCommits(connections, options.window()));
        }
        runner.keep(postgres.batchedInserts(options.window()));
        runner.keep(postgres.copy(options.quick() ? 20_000 : 100_000));
        runner.keep(postgres.scan(false));
        runner.keep(postgres.scan(true));
    }

    private void sagas(SagaScenario sagas, ResourceWatch watch) throws Exception {
        BenchRunner.log("B7 plan-change sagas through the sandboxes");
        Duration limit = Duration.ofMinutes(options.quick() ? 2 : 5);
        SagaScenario.Prepared paying = sagas.payingTenants(options.quick() ? 20 : 200);
        ResourceWatch.Window window = watch.open();
        Measurement upgrades = sagas.upgrades("B7-plan-changes", paying, limit);
        runner.keep(upgrades.withUsage(window.close(upgrades.operations())));
        SagaScenario.Prepared declining = sagas.decliningTenants(options.quick() ? 10 : 50);
        window = watch.open();
        Measurement compensations = sagas.compensations("B7-compensation", declining, limit);
        runner.keep(compensations.withUsage(window.close(compensations.operations())));
    }

    /** B2 on the longest histories again, after a restart with other settings. */
    private void variants(String database, RawPostgres postgres, Supplier<Connection> connections,
                          CommandScenarios commands) throws Exception {
        int longest = histories()[histories().length - 1];
        for (Variant variant : B2_VARIANTS) {
            BenchRunner.log("B2 updates" + variant.description());
            try (QuireProcess quire = runner.launch().start(database, variant.settings());
                 ResourceWatch watch = new ResourceWatch(quire, connections)) {
                // Same port, same client: the long histories and their versions carry over.
                commands.warmUpdates(16, longest, options.warmUp());
                awaitProjections(postgres);
                ResourceWatch.Window window = watch.open();
                Measurement b2 = commands.updates("B2-update-" + longest + "-" + variant.suffix(),
                        variant.description(), 16, longest, options.window());
                runner.keep(b2.withUsage(window.close(b2.operations()))
                        .against(runner.measured("B1-create-16"), 0.5));
            }
        }
    }

    /** "Flat as history grows": updates of the longest histories against those of the shortest. */
    private void flatness(String prefix) {
        int[] histories = histories();
        Measurement shortest = runner.measured(prefix + histories[0]);
        Measurement longest = runner.measured(prefix + histories[histories.length - 1]);
        if (shortest != null && longest != null) {
            runner.keep(longest.renamed(longest.id() + "/flat", "updates at " + histories[histories.length - 1]
                    + " versions against " + histories[0]).against(shortest, 0.8));
        }
    }

    private int[] histories() {
        return options.quick() ? new int[]{10, 100} : new int[]{10, 100, 1000};
    }

    private static Supplier<Connection> connections(RawPostgres postgres) {
        return () -> {
            try {
                return postgres.connect();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
