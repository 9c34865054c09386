package io.quire.query.eventlog;

import io.quire.contracts.identity.MetaDataKeys;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One row of the event store, read for the audit trail, time travel or a resuming stream. The payload is decoded only
 * when asked for, so that walking past events nobody needs (another notebook's pages, say) costs no deserialization.
 */
public final class LoggedEvent {

    private static final String EVENT_SUFFIX = "Event";

    private final long position;
    private final String aggregateType;
    private final String aggregateId;
    private final long sequenceNumber;
    private final Instant at;
    private final String payloadType;
    private final Map<String, String> metaData;
    private final Supplier<Object> decode;
    private Object payload;

    LoggedEvent(long position, String aggregateType, String aggregateId, long sequenceNumber, Instant at,
                String payloadType, Map<String, String> metaData, Supplier<Object> decode) {
        this.position = position;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.sequenceNumber = sequenceNumber;
        this.at = at;
        this.payloadType = payloadType;
        this.metaData = metaData;
        this.decode = decode;
    }

    public long position() {
        return position;
    }

    /** The aggregate's type, such as {@code Page}; {@code null} for an event published outside any aggregate. */
    public String aggregateType() {
        return aggregateType;
    }

    /** The aggregate's id; {@code null} for an event published outside any aggregate. */
    public String aggregateId() {
        return aggregateType == null ? null : aggregateId;
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    /** Every Quire aggregate numbers its versions from 1, one per event: version n is sequence number n - 1. */
    public Long version() {
        return aggregateType == null ? null : sequenceNumber + 1;
    }

    public Instant at() {
        return at;
    }

    /** The event's class name as stored, such as {@code io.quire.contracts.page.PageEditedEvent}. */
    public String payloadType() {
        return payloadType;
    }

    /** The event's simple class name without the {@code Event} suffix, such as {@code PageEdited}. */
    public String type() {
        return typeOf(payloadType);
    }

    public String principal() {
        return metaData.get(MetaDataKeys.PRINCIPAL);
    }

    public String correlationId() {
        return metaData.get(MetaDataKeys.CORRELATION_ID);
    }

    public String causationId() {
        return metaData.get(MetaDataKeys.CAUSATION_ID);
    }

    /** The decoded event: a contracts record, or Axon's {@code UnknownSerializedType} for a class this build lacks. */
    public Object payload() {
        if (payload == null) {
            payload = decode.get();
        }
        return payload;
    }

    /** The name clients see for an event class: {@code …page.PageEditedEvent} becomes {@code PageEdited}. */
    public static String typeOf(String className) {
        String simple = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        return simple.endsWith(EVENT_SUFFIX) && simple.length() > EVENT_SUFFIX.length()
                ? simple.substring(0, simple.length() - EVENT_SUFFIX.length()) : simple;
    }
}
