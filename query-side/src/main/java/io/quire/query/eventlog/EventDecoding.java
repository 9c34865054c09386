package io.quire.query.eventlog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns stored event rows into {@link LoggedEvent}s with the serializer Axon wrote them with, so that the audit trail
 * and time travel read exactly what event handlers read.
 */
@Component
public class EventDecoding {

    private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
    };

    private final Serializer serializer;
    private final ObjectMapper json;

    public EventDecoding(@Qualifier("eventSerializer") Serializer serializer, ObjectMapper json) {
        this.serializer = serializer;
        this.json = json;
    }

    /** One row; {@code aggregateType} is {@code null} for events published outside any aggregate. */
    public LoggedEvent decode(long position, String aggregateType, String aggregateId, long sequenceNumber,
                              String timestamp, String payloadType, String payloadRevision, byte[] payload,
                              byte[] metaData) {
        return new LoggedEvent(position, aggregateType, aggregateId, sequenceNumber,
                DateTimeUtils.parseInstant(timestamp), payloadType, metaData(metaData),
                () -> serializer.deserialize(
                        new SimpleSerializedObject<>(payload, byte[].class, payloadType, payloadRevision)));
    }

    private Map<String, String> metaData(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return Map.of();
        }
        try {
            Map<String, String> values = new LinkedHashMap<>();
            json.readValue(raw, META_DATA).forEach((key, value) -> {
                if (value != null) {
                    values.put(key, value.toString());
                }
            });
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable event metadata", e);
        }
    }
}
