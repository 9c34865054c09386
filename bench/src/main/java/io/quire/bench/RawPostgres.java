package io.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B0: what PostgreSQL itself does with event-shaped rows in a twin of the event table, measured in the same run
 * as Quire so that ratios, not absolute numbers, carry the result.
 */
final class RawPostgres {

    private static final String INSERT = """
            INSERT INTO bench_event (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, 0, 'BenchRow', ?, 'io.quire.bench.Row', NULL, ?, ?)""";

    private final String url;
    private final String user;
    private final String password;
    private final byte[] payload;
    private final byte[] metaData;

    RawPostgres(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.payload = ("{\"workspaceId\":{\"value\":\"" + UUID.randomUUID() + "\"},\"tenantId\":{\"value\":\""
                + UUID.randomUUID() + "\"},\"name\":\"bench\",\"version\":1}").getBytes(StandardCharsets.UTF_8);
        this.metaData = ("{\"tenantId\":\"" + UUID.randomUUID() + "\",\"principal\":\"key:bench\",\"requestId\":\""
                + UUID.randomUUID() + "\",\"correlationId\":\"bench\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Single-row autocommit inserts from {@code connections} concurrent sessions for {@code duration}. */
    Measurement singleRowCommits(int connections, Duration duration) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong rows = new AtomicLong();
        Instant end = Instant.now().plus(duration);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    while (Instant.now().isBefore(end)) {
                        long t0 = System.nanoTime();
                        bind(insert);
                        insert.executeUpdate();
                        latencies.record((System.nanoTime() - t0) / 1000);
                        rows.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        return Measurement.of("B0-commit-" + connections, "single-row commits, " + connections + " connections",
                rows.get(), seconds, latencies);
    }

    /** One session inserting batches of 100 rows, one commit per batch. */
    Measurement batchedInserts(Duration duration) throws Exception {
        long rows = 0;
        long started = System.nanoTime();
        Instant end = Instant.now().plus(duration);
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            while (Instant.now().isBefore(end)) {
                for (int i = 0; i < 100; i++) {
                    bind(insert);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                rows += 100;
            }
        }
        return Measurement.of("B0-batch-100", "batched inserts, 100 rows per commit", rows,
                (System.nanoTime() - started) / 1e9, null);
    }

    /** COPY of {@code rows} event rows in one statement. */
    Measurement copy(int rows) throws Exception {
        StringBuilder data = new StringBuilder(rows * 200);
        String payloadHex = "\\\\x" + hex(payload);
        String metaHex = "\\\\x" + hex(metaData);
        for (int i = 0; i < rows; i++) {
            data.append(UUID.randomUUID()).append('\t').append("copy-").append(UUID.randomUUID()).append("\t0\tBenchRow\t")
                    .append(Instant.now()).append("\tio.quire.bench.Row\t\\N\t").append(payloadHex).append('\t')
                    .append(metaHex).append('\n');
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        try (Connection connection = connect()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY bench_event (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                             payload_type, payload_revision, payload, meta_data) FROM STDIN""",
                    new ByteArrayInputStream(bytes));
        }
        return Measurement.of("B0-copy", "COPY of " + rows + " rows", rows, (System.nanoTime() - started) / 1e9, null);
    }

    /** A sequential read of the baseline's table in global order, optionally parsing every payload as JSON. */
    Measurement scan(boolean deserialize) throws Exception {
        return scan("bench_event", deserialize, deserialize ? "B0-scan-json" : "B0-scan", "", 0);
    }

    /**
     * A sequential read of {@code table} in global order, optionally parsing every payload and its metadata as JSON:
     * the least work any replay of that table must do. A {@code limit} above 0 reads only that many rows.
     */
    Measurement scan(String table, boolean deserialize, String id, String of, long limit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long rows = 0;
        long started = System.nanoTime();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT global_index, payload, meta_data FROM " + table + " ORDER BY global_index"
                            + (limit > 0 ? " LIMIT " + limit : ""))) {
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        byte[] body = result.getBytes(2);
                        if (deserialize) {
                            json.readTree(body);
                            json.readTree(result.getBytes(3));
                        }
                        rows++;
                    }
                }
            }
        }
        return Measurement.of(id, "sequential scan in global order" + of + (deserialize ? ", payloads parsed" : ""),
                rows, (System.nanoTime() - started) / 1e9, null);
    }

    /**
     * Creates the baseline's table: a twin of the event table with the same columns, indexes and constraints,
     * and a global-index sequence like it. Writing the baseline rows into Quire's own table would make every projection of the
     * running Quire wade through them, skewing exactly the numbers they are compared with.
     */
    void prepare() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("DROP TABLE IF EXISTS bench_event");
            connection.createStatement().execute("CREATE TABLE bench_event (LIKE domain_event_entry INCLUDING ALL)");
            // Its own sequence: drawing on Quire's would leave a vast gap in Quire's global index.
            connection.createStatement().execute("CREATE SEQUENCE bench_event_global_index_seq OWNED BY "
                    + "bench_event.global_index");
            connection.createStatement().execute("ALTER TABLE bench_event ALTER COLUMN global_index SET DEFAULT "
                    + "nextval('bench_event_global_index_seq')");
        }
    }

    private void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, "b0-" + UUID.randomUUID());
        insert.setString(3, Instant.now().toString());
        insert.setBytes(4, payload);
        insert.setBytes(5, metaData);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
