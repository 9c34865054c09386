package io.quire.bench;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Writes synthetic page histories for one tenant straight into Quire's event table, in exactly the form Axon's
 * Jackson serializer writes them (payload and metadata as JSON bytes, ISO-8601 time stamps), so that the audit and
 * its export read them like any other events. Each page gets a creating event and then edits.
 */
final class SyntheticEvents {

    private static final int VERSIONS_PER_PAGE = 100;
    private static final int ROWS_PER_COPY = 20_000;
    private static final String BODY = "Synthetic page body, about as long as a short note. ".repeat(8);

    private final String url;
    private final String user;
    private final String password;

    SyntheticEvents(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Appends {@code count} events of {@code tenantId}, time stamped one millisecond apart up to now. */
    void append(String tenantId, int count) throws SQLException {
        String workspace = UUID.randomUUID().toString();
        String notebook = UUID.randomUUID().toString();
        Instant first = Instant.now().minusMillis(count);
        StringBuilder rows = new StringBuilder();
        String page = null;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (int i = 0; i < count; i++) {
                int sequence = i % VERSIONS_PER_PAGE;
                if (sequence == 0) {
                    page = UUID.randomUUID().toString();
                }
                String payload = sequence == 0
                        ? "{\"pageId\":{\"value\":\"" + page + "\"},\"tenantId\":{\"value\":\"" + tenantId
                        + "\"},\"workspaceId\":{\"value\":\"" + workspace + "\"},\"notebookId\":{\"value\":\""
                        + notebook + "\"},\"title\":\"Synthetic " + i + "\",\"body\":\"" + BODY
                        + "\",\"version\":1}"
                        : "{\"pageId\":{\"value\":\"" + page + "\"},\"tenantId\":{\"value\":\"" + tenantId
                        + "\"},\"title\":\"Synthetic " + i + "\",\"body\":\"" + BODY + "\",\"version\":"
                        + (sequence + 1) + "}";
                String metaData = "{\"principal\":\"key:bench\",\"tenantId\":\"" + tenantId
                        + "\",\"causationId\":\"" + UUID.randomUUID() + "\",\"correlationId\":\""
                        + UUID.randomUUID() + "\",\"requestId\":\"bench\"}";
                rows.append(UUID.randomUUID()).append('\t').append(page).append('\t').append(sequence)
                        .append("\tPage\t").append(first.plusMillis(i)).append('\t')
                        .append(sequence == 0 ? "io.quire.contracts.page.PageCreatedEvent"
                                : "io.quire.contracts.page.PageEditedEvent")
                        .append("\t\\N\t").append(bytea(payload)).append('\t').append(bytea(metaData)).append('\n');
                if ((i + 1) % ROWS_PER_COPY == 0 || i == count - 1) {
                    copy(connection, rows);
                    rows.setLength(0);
                }
            }
        }
    }

    /** The highest position in the event store. */
    long head() throws SQLException {
        return single("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    /** The lowest position any processor with a stored token has reached. */
    long slowestProcessor() throws SQLException {
        return single("SELECT coalesce(min((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint), 0) "
                + "FROM token_entry WHERE token IS NOT NULL");
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void copy(Connection connection, StringBuilder rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                             time_stamp, payload_type, payload_revision, payload, meta_data)
                    FROM STDIN""", new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    /** COPY's text form of a bytea: a hex literal whose backslash is escaped. */
    private static String bytea(String json) {
        return "\\\\x" + HexFormat.of().formatHex(json.getBytes(StandardCharsets.UTF_8));
    }
}
