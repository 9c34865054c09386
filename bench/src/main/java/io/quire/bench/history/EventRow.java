package io.quire.bench.history;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code domain_event_entry} before it gets its global index. */
record EventRow(UUID eventId, UUID aggregateId, long sequence, String aggregateType, Instant at, String payloadType,
                byte[] payload, byte[] metaData) {
}
