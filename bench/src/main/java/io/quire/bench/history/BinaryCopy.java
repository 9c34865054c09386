package io.quire.bench.history;

import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Streams event rows into {@code COPY domain_event_entry … FROM STDIN (FORMAT binary)}: no text escaping of the
 * bytea columns, so PostgreSQL takes the rows at close to disk speed.
 */
final class BinaryCopy implements AutoCloseable {

    static final String STATEMENT = """
            COPY domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                     time_stamp, payload_type, payload_revision, payload, meta_data)
            FROM STDIN (FORMAT binary)""";

    /** The event store's timestamp column: ISO-8601 in UTC with exactly three fraction digits, as Axon writes it. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + (1 << 16)];
    private int length;

    BinaryCopy(CopyIn copy) {
        this.copy = copy;
        bytes(SIGNATURE);
        int32(0);
        int32(0);
    }

    void write(long globalIndex, EventRow row) throws SQLException {
        int16(10);
        int64Field(globalIndex);
        textField(row.eventId().toString());
        textField(row.aggregateId().toString());
        int64Field(row.sequence());
        textField(row.aggregateType());
        textField(TIMESTAMP.format(row.at()));
        textField(row.payloadType());
        int32(-1);
        field(row.payload());
        field(row.metaData());
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the COPY and answers how many rows PostgreSQL took. */
    long finish() throws SQLException {
        int16(-1);
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
    }

    private void int64Field(long value) {
        int32(8);
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    private void textField(String value) {
        field(value.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] value) {
        int32(value.length);
        bytes(value);
    }

    private void int16(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void bytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buffer, length, value.length);
        length += value.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
