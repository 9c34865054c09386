package io.quire.platform.replay.infrastructure;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads a processor's stored tracking tokens without claiming them (Axon's token store only reads by claiming). In a
 * transaction the token is exactly as of that transaction's snapshot, and since projections commit their rows with
 * their token, it says which events those rows reflect.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The token of each segment, in segment order; a segment that never stored one is left out. */
    public List<TrackingToken> tokens(String processor) {
        return jdbc.query("""
                        SELECT token, token_type FROM public.token_entry
                        WHERE processor_name = ? AND token IS NOT NULL ORDER BY segment""",
                (row, i) -> deserialize(row.getBytes("token"), row.getString("token_type")), processor);
    }

    /** The single segment's token, unwrapped from a replay to the events actually handled; empty if none. */
    public Optional<TrackingToken> handledUpTo(String processor) {
        List<TrackingToken> tokens = tokens(processor);
        if (tokens.size() > 1) {
            throw new IllegalStateException("Processor " + processor + " has " + tokens.size() + " segments");
        }
        return tokens.stream().findFirst().map(WrappedToken::unwrapLowerBound);
    }

    private TrackingToken deserialize(byte[] token, String type) {
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }
}
