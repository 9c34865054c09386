package io.quire.bench.history;

import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Writes a {@link SyntheticHistory} into a Quire database whose schema Flyway has made (Quire has run on it once).
 * In one transaction it:
 * <ol>
 *     <li>sets the event table's secondary indexes aside and builds them again after the load, which is many times
 *     faster than keeping random-UUID indexes up to date row by row;</li>
 *     <li>COPYs the events in global order after whatever the store already holds;</li>
 *     <li>writes the tenant directory, which a subscribing processor fills only for events appended through Quire;</li>
 *     <li>moves the sagas' tokens to the new head: in a real history they ran when the events happened, and must not
 *     start mailing and charging for the past now. Projections keep their tokens, so they process the new events
 *     when Quire starts, which on a fresh database is a rebuild from the first event.</li>
 * </ol>
 */
public final class HistoryLoader {

    private static final String GAP_AWARE = "org.axonframework.eventhandling.GapAwareTrackingToken";

    private final Connection connection;

    public HistoryLoader(Connection connection) {
        this.connection = connection;
    }

    /** The facts of one load. */
    public record Loaded(long events, long firstIndex, long lastIndex, double seconds, List<String> sagasMovedToHead,
                         HistoryManifest manifest) {
    }

    public Loaded load(long events, long seed, LongConsumer progress) throws SQLException {
        requireSchema();
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("SET LOCAL maintenance_work_mem = '512MB'");
            long first = nextGlobalIndex();
            List<String> rebuild = setIndexesAside();
            SyntheticHistory history = new SyntheticHistory(HistoryPlan.forEvents(events), seed,
                    Instant.now().minusSeconds(60), Duration.ofDays(180));
            long last = copy(history, first, progress);
            for (String statement : rebuild) {
                sql.execute(statement);
            }
            sql.execute("SELECT setval('domain_event_entry_global_index_seq', " + last + ")");
            HistoryManifest manifest = history.manifest(2000);
            writeDirectory(manifest.tenants());
            List<String> sagas = moveSagasToHead(last);
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("ANALYZE domain_event_entry");
            return new Loaded(last - first + 1, first, last, (System.nanoTime() - started) / 1e9, sagas, manifest);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private void requireSchema() throws SQLException {
        try (ResultSet found = connection.createStatement().executeQuery(
                "SELECT to_regclass('domain_event_entry') IS NOT NULL AND to_regclass('token_entry') IS NOT NULL")) {
            found.next();
            if (!found.getBoolean(1)) {
                throw new IllegalStateException("No Quire schema in this database: start Quire on it once first, so "
                        + "that its migrations create the event store and read models");
            }
        }
    }

    private long nextGlobalIndex() throws SQLException {
        try (ResultSet next = connection.createStatement().executeQuery("""
                SELECT greatest((SELECT coalesce(max(global_index), 0) FROM domain_event_entry),
                                (SELECT CASE WHEN is_called THEN last_value ELSE 0 END
                                 FROM domain_event_entry_global_index_seq)) + 1""")) {
            next.next();
            return next.getLong(1);
        }
    }

    /** Drops the event table's secondary indexes and unique constraints; answers the statements that rebuild them. */
    private List<String> setIndexesAside() throws SQLException {
        List<String> rebuild = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (ResultSet constraints = connection.createStatement().executeQuery("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = 'domain_event_entry'::regclass AND contype = 'u'""")) {
            while (constraints.next()) {
                drop.add("ALTER TABLE domain_event_entry DROP CONSTRAINT " + constraints.getString(1));
                rebuild.add("ALTER TABLE domain_event_entry ADD CONSTRAINT " + constraints.getString(1) + " "
                        + constraints.getString(2));
            }
        }
        try (ResultSet indexes = connection.createStatement().executeQuery("""
                SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
                WHERE indrelid = 'domain_event_entry'::regclass AND NOT indisprimary
                  AND indexrelid NOT IN (SELECT conindid FROM pg_constraint
                                         WHERE conrelid = 'domain_event_entry'::regclass)""")) {
            while (indexes.next()) {
                drop.add("DROP INDEX " + indexes.getString(1));
                rebuild.add(indexes.getString(2));
            }
        }
        try (Statement sql = connection.createStatement()) {
            for (String statement : drop) {
                sql.execute(statement);
            }
        }
        return rebuild;
    }

    private long copy(SyntheticHistory history, long first, LongConsumer progress) throws SQLException {
        long index = first;
        try (BinaryCopy copy = new BinaryCopy(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn(BinaryCopy.STATEMENT))) {
            while (history.hasNext()) {
                copy.write(index, history.next());
                if ((index - first + 1) % 100_000 == 0) {
                    progress.accept(index - first + 1);
                }
                index++;
            }
            copy.finish();
        }
        return index - 1;
    }

    /** The rows Quire's tenant-directory projection writes when the same events are appended through Quire. */
    private void writeDirectory(List<GeneratedTenant> tenants) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement tenant = connection.prepareStatement("""
                INSERT INTO tenant_directory (tenant_id, name, plan, status, contact_email, created_at)
                VALUES (?, ?, ?, 'active', ?, ?) ON CONFLICT (tenant_id) DO NOTHING""");
             PreparedStatement key = connection.prepareStatement("""
                     INSERT INTO api_key_credential (key_id, tenant_id, name, prefix, key_hash, email, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING""")) {
            for (GeneratedTenant t : tenants) {
                tenant.setObject(1, t.tenantId());
                tenant.setString(2, t.name());
                tenant.setString(3, t.plan());
                tenant.setString(4, Events.contactOf(t));
                tenant.setTimestamp(5, now);
                tenant.addBatch();
                addKey(key, t, t.ownerKeyId(), "default", t.ownerKey(), Events.contactOf(t), now);
                addKey(key, t, t.reviewerKeyId(), "reviewer", t.reviewerKey(), Events.reviewerEmailOf(t), now);
            }
            tenant.executeBatch();
            key.executeBatch();
        }
    }

    private static void addKey(PreparedStatement key, GeneratedTenant tenant, UUID keyId, String name,
                               String secret, String email, Timestamp at) throws SQLException {
        key.setObject(1, keyId);
        key.setObject(2, tenant.tenantId());
        key.setString(3, name);
        key.setString(4, secret.substring(0, 11));
        key.setString(5, World.hashOf(secret));
        key.setString(6, email);
        key.setTimestamp(7, at);
        key.addBatch();
    }

    /** Saga groups are named {@code *-saga} (see application.yml); Quire must have run once to have their tokens. */
    private List<String> moveSagasToHead(long last) throws SQLException {
        List<String> moved = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE token_entry SET token = ?, token_type = ? WHERE processor_name LIKE '%-saga'
                RETURNING processor_name""")) {
            update.setBytes(1, ("{\"index\":" + last + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
            update.setString(2, GAP_AWARE);
            try (ResultSet names = update.executeQuery()) {
                while (names.next()) {
                    moved.add(names.getString(1));
                }
            }
        }
        return moved;
    }
}
