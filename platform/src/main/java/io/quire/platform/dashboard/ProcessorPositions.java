package io.quire.platform.dashboard;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each streaming (tracking) processor stands: its status on this node, and the position its tokens store,
 * which holds for the whole cluster and for processors stopped here (or, for a processor whose token lives in memory,
 * the position of its segments here). Position 0 means nothing processed yet (the
 * event store numbers events from 1).
 */
@Component
public class ProcessorPositions {

    public record ProcessorPosition(String name, String status, long position) {
    }

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProcessorPositions(EventProcessingConfiguration processing, JdbcTemplate jdbc, Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Every streaming processor, by name. Blocks on JDBC. */
    public List<ProcessorPosition> read() {
        Map<String, Long> stored = storedPositions();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .map(processor -> new ProcessorPosition(processor.getName(), status(processor),
                        stored.getOrDefault(processor.getName(), localPosition(processor))))
                .toList();
    }

    /**
     * Where a processor without a stored token stands on this node: the live-updates processor keeps its token in
     * memory, so only its own segments know. 0 when it has claimed none.
     */
    private static long localPosition(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0))
                .min().orElse(0);
    }

    /** {@code stopped}, {@code error}, {@code replaying} or {@code running}. */
    private static String status(StreamingEventProcessor processor) {
        if (!processor.isRunning()) {
            return "stopped";
        }
        if (processor.isError()) {
            return "error";
        }
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        return replaying ? "replaying" : "running";
    }

    /** The lowest position over each processor's segments: the point up to which all of it is done. */
    private Map<String, Long> storedPositions() {
        Map<String, Long> lowest = new HashMap<>();
        jdbc.query("SELECT processor_name, token, token_type FROM token_entry", row -> {
            long position = position(row.getBytes("token"), row.getString("token_type"));
            lowest.merge(row.getString("processor_name"), position, Math::min);
        });
        return lowest;
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return 0;
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        TrackingToken lower = WrappedToken.unwrapLowerBound(tracking);
        return lower == null ? 0 : lower.position().orElse(0);
    }
}
