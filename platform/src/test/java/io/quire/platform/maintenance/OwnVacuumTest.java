package io.quire.platform.maintenance;

import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vacuum Quire runs itself when the server's autovacuum is off: a table rewritten by updates gets vacuumed and
 * analysed, a table barely touched is left alone. The probe tables opt out of the server's autovacuum, so that the
 * test means the same where the server's autovacuum is on.
 */
class OwnVacuumTest extends ApiTest {

    @Autowired
    private OwnVacuum vacuum;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void dropProbes() {
        jdbc.execute("DROP TABLE IF EXISTS vacuum_probe_rewritten, vacuum_probe_quiet");
    }

    @Test
    void aTableRewrittenByUpdatesIsVacuumedAndOneBarelyTouchedIsNot() throws Exception {
        for (String table : List.of("vacuum_probe_rewritten", "vacuum_probe_quiet")) {
            jdbc.execute("CREATE TABLE " + table + " (id int PRIMARY KEY, n int) WITH (autovacuum_enabled = false)");
            jdbc.update("INSERT INTO " + table + " SELECT g, 0 FROM generate_series(1, 2000) g");
            awaitCounted(table, "n_ins_since_vacuum", 2000);
        }
        // Both are new, so both are vacuumed once; what follows is judged from there.
        vacuum.check();
        jdbc.update("UPDATE vacuum_probe_rewritten SET n = n + 1");
        jdbc.update("UPDATE vacuum_probe_rewritten SET n = n + 1");
        jdbc.update("UPDATE vacuum_probe_quiet SET n = 1 WHERE id <= 10");
        awaitCounted("vacuum_probe_rewritten", "n_dead_tup", 4000);
        awaitCounted("vacuum_probe_quiet", "n_dead_tup", 10);

        List<OwnVacuum.Done> done = vacuum.check();

        assertThat(done).filteredOn(one -> one.table().equals("public.vacuum_probe_rewritten"))
                .singleElement().satisfies(one -> {
                    assertThat(one.action()).isEqualTo("VACUUM");
                    assertThat(one.deadRows()).isGreaterThanOrEqualTo(4000);
                });
        assertThat(done).noneMatch(one -> one.table().equals("public.vacuum_probe_quiet"));
        assertThat(jdbc.queryForObject("SELECT n_dead_tup FROM pg_stat_user_tables "
                + "WHERE relname = 'vacuum_probe_rewritten'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT last_vacuum IS NOT NULL AND last_analyze IS NOT NULL "
                + "FROM pg_stat_user_tables WHERE relname = 'vacuum_probe_rewritten'", Boolean.class)).isTrue();
    }

    /** The server publishes a session's row counts shortly after its transactions end. */
    private void awaitCounted(String table, String counter, long atLeast) {
        Eventually.holds(counter + " of " + table + " counted", Duration.ofSeconds(15), () -> jdbc.queryForObject(
                "SELECT " + counter + " FROM pg_stat_user_tables WHERE relname = ?", Long.class, table) >= atLeast);
    }
}
