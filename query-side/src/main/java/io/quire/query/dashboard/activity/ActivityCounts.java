package io.quire.query.dashboard.activity;

import io.quire.query.shared.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The activity counters a batch of events adds, summed per row and written as one JDBC batch per table just before
 * the batch commits, in the same transaction as the token. Most events of a batch fall in the same hour, so a batch
 * of 100 page edits costs a few statements instead of 300. Outside a processor's batch (rebuilds, evaluations, a
 * group handling each event in a savepoint) the counts of each event are written at once.
 */
final class ActivityCounts {

    private static final String RESOURCE = ActivityCounts.class.getName();

    private record Hour(UUID tenant, Timestamp hour, String type) {
    }

    private record Row(UUID tenant, Timestamp hour, UUID id) {
    }

    private final Map<Hour, Integer> hours = new LinkedHashMap<>();
    private final Map<Row, Integer> pages = new LinkedHashMap<>();
    private final Map<Row, Integer> notebooks = new LinkedHashMap<>();

    /** The counts of the batch being handled, or counts for one event that {@link #writeNow} writes at once. */
    static ActivityCounts ofCurrentBatch(JdbcTemplate jdbc) {
        if (!BatchedWrites.deferrable()) {
            return new ActivityCounts();
        }
        ActivityCounts bound = (ActivityCounts) TransactionSynchronizationManager.getResource(RESOURCE);
        if (bound != null) {
            return bound;
        }
        ActivityCounts created = new ActivityCounts();
        TransactionSynchronizationManager.bindResource(RESOURCE, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                created.write(jdbc);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
            }
        });
        return created;
    }

    /** Writes at once when this event's counts are not part of a batch that writes them at its commit. */
    void writeNow(JdbcTemplate jdbc) {
        if (TransactionSynchronizationManager.getResource(RESOURCE) != this) {
            write(jdbc);
        }
    }

    void event(UUID tenant, Timestamp hour, String type) {
        hours.merge(new Hour(tenant, hour, type), 1, Integer::sum);
    }

    /** An event on a page counts for the page and for the notebook the page is in when the counts are written. */
    void page(UUID tenant, Timestamp hour, UUID page) {
        pages.merge(new Row(tenant, hour, page), 1, Integer::sum);
    }

    void notebook(UUID tenant, Timestamp hour, UUID notebook) {
        notebooks.merge(new Row(tenant, hour, notebook), 1, Integer::sum);
    }

    /** Writes what has been counted so far; the pages' counts go to the notebooks the pages are in now. */
    void write(JdbcTemplate jdbc) {
        batch(jdbc, """
                INSERT INTO activity_hour (tenant_id, hour, event_type, events) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, hour, event_type) DO UPDATE SET events = activity_hour.events + EXCLUDED.events""",
                hours, (hour, n) -> new Object[]{hour.tenant(), hour.hour(), hour.type(), n});
        batch(jdbc, """
                INSERT INTO activity_page_hour (tenant_id, hour, page_id, events) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, hour, page_id) DO UPDATE SET events = activity_page_hour.events + EXCLUDED.events""",
                pages, (row, n) -> new Object[]{row.tenant(), row.hour(), row.id(), n});
        batch(jdbc, """
                INSERT INTO activity_notebook_hour (tenant_id, hour, notebook_id, events)
                SELECT tenant_id, CAST(? AS timestamptz), notebook_id, CAST(? AS integer) FROM activity_page
                WHERE page_id = ? AND tenant_id = ?
                ON CONFLICT (tenant_id, hour, notebook_id)
                DO UPDATE SET events = activity_notebook_hour.events + EXCLUDED.events""",
                pages, (row, n) -> new Object[]{row.hour(), n, row.id(), row.tenant()});
        batch(jdbc, """
                INSERT INTO activity_notebook_hour (tenant_id, hour, notebook_id, events) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, hour, notebook_id)
                DO UPDATE SET events = activity_notebook_hour.events + EXCLUDED.events""",
                notebooks, (row, n) -> new Object[]{row.tenant(), row.hour(), row.id(), n});
        hours.clear();
        pages.clear();
        notebooks.clear();
    }

    /** One statement per counted row, as one JDBC batch. */
    private static <K> void batch(JdbcTemplate jdbc, String sql, Map<K, Integer> counts,
                                  BiFunction<K, Integer, Object[]> args) {
        if (counts.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(counts.size());
        counts.forEach((row, count) -> rows.add(args.apply(row, count)));
        jdbc.batchUpdate(sql, rows);
    }
}
