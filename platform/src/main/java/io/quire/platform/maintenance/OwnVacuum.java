package io.quire.platform.maintenance;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Vacuums and analyses Quire's tables itself when the PostgreSQL server does not ({@code autovacuum = off}).
 * <p>
 * Projections rewrite their rows on every event: a rebuild of 1,000,000 events left the search table with seven
 * dead rows for every live one, and without vacuum every search read them all (a rare word took 107 ms instead of
 * 23). Without analyse the planner also never learns the tables' sizes. With the server's autovacuum on (its
 * default) this does nothing. It uses autovacuum's own default thresholds, one table at a time, on one thread.
 */
@Component
public class OwnVacuum {

    /** When to vacuum: only if the server's autovacuum is off ({@code auto}), {@code always}, or {@code never}. */
    public enum Mode { AUTO, ALWAYS, NEVER }

    /** What one check did to one table. */
    public record Done(String table, String action, long deadRows, long millis) {
    }

    private static final Logger log = LoggerFactory.getLogger(OwnVacuum.class);

    private final JdbcTemplate jdbc;
    private final Mode mode;
    private final Duration every;
    private ScheduledExecutorService checker;

    public OwnVacuum(JdbcTemplate jdbc, @Value("${quire.maintenance.vacuum:auto}") String mode,
                     @Value("${quire.maintenance.check-every:30s}") Duration every) {
        this.jdbc = jdbc;
        this.mode = Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        this.every = every;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (mode == Mode.NEVER || (mode == Mode.AUTO && serverVacuums())) {
            return;
        }
        log.warn("PostgreSQL's autovacuum is off: Quire vacuums and analyses its own tables every {} s "
                + "(quire.maintenance.vacuum)", every.toSeconds());
        checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "own-vacuum");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::checkQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean serverVacuums() {
        try {
            return "on".equalsIgnoreCase(jdbc.queryForObject("SHOW autovacuum", String.class));
        } catch (RuntimeException e) {
            // The database is away at start-up: assume the server's default, and let it do the work.
            log.debug("Could not read the server's autovacuum setting: {}", e.toString());
            return true;
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.debug("Vacuum check failed (the database may be away): {}", e.toString());
        }
    }

    /** Vacuums every table with enough dead or new rows, and analyses every table changed enough since. */
    public List<Done> check() {
        List<Candidate> candidates = jdbc.query("""
                        SELECT schemaname, relname, n_live_tup, n_dead_tup, n_mod_since_analyze, n_ins_since_vacuum
                        FROM pg_stat_user_tables ORDER BY n_dead_tup DESC""",
                (row, i) -> new Candidate(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6)));
        List<Done> done = new ArrayList<>();
        for (Candidate table : candidates) {
            String action = table.needsVacuum() ? "VACUUM (ANALYZE, SKIP_LOCKED)"
                    : table.needsAnalyze() ? "ANALYZE (SKIP_LOCKED)" : null;
            if (action == null) {
                continue;
            }
            long started = System.nanoTime();
            jdbc.execute(action + " " + quote(table.schema()) + "." + quote(table.name()));
            Done one = new Done(table.schema() + "." + table.name(), action.substring(0, action.indexOf(' ')),
                    table.dead(), (System.nanoTime() - started) / 1_000_000);
            log.info("{} {}: {} dead rows, {} ms", one.action(), one.table(), one.deadRows(), one.millis());
            done.add(one);
        }
        return done;
    }

    /** Autovacuum's default thresholds: 50 rows plus a fifth (vacuum) or a tenth (analyse) of the table. */
    private record Candidate(String schema, String name, long live, long dead, long modifiedSinceAnalyze,
                             long insertedSinceVacuum) {
        boolean needsVacuum() {
            return dead > 50 + 0.2 * live || insertedSinceVacuum > 1000 + 0.2 * live;
        }

        boolean needsAnalyze() {
            return modifiedSinceAnalyze > 50 + 0.1 * live;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @PreDestroy
    void stop() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }
}
