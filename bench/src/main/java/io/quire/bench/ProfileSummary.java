package io.quire.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises a flight recording of Quire taken under load (bench/profile.sh): where the CPU samples fall by
 * thread pool, and what share of all samples has each of Quire's cost centres on its stack. The cost centres are
 * the ones docs/performance.md discusses; a sample counts once per centre however deep the centre appears.
 * <pre>java -cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.ProfileSummary recording.jfr</pre>
 */
public final class ProfileSummary {

    /** Cost centre, and the frames (class name, optionally "#method") that put a sample in it. */
    private static final Map<String, List<String>> CENTRES = centres();

    private ProfileSummary() {
    }

    private static Map<String, List<String>> centres() {
        Map<String, List<String>> centres = new LinkedHashMap<>();
        centres.put("Axon command handling (unit of work, aggregate, append)",
                List.of("org.axonframework.commandhandling.SimpleCommandBus#dispatch"));
        centres.put("  of which the event append (JDBC)",
                List.of("org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine#appendEvents"));
        centres.put("  of which the position lookup for the consistency token",
                List.of("io.quire.command.shared.EventPositions"));
        centres.put("projection batches (tracking processors)",
                List.of("org.axonframework.eventhandling.TrackingEventProcessor#processBatch"));
        centres.put("access-log line", List.of("io.quire.platform.web.RequestTracing#logAccess"));
        centres.put("HTTP observation (Micrometer)", List.of("io.micrometer.observation"));
        centres.put("authentication", List.of("io.quire.platform.web.ApiAuthentication"));
        centres.put("PostgreSQL JDBC driver", List.of("org.postgresql"));
        centres.put("R2DBC driver", List.of("io.r2dbc"));
        centres.put("Jackson (JSON)", List.of("com.fasterxml.jackson"));
        return centres;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ProfileSummary <recording.jfr>");
            System.exit(2);
        }
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> byCentre = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                samples++;
                RecordedThread thread = event.getThread("sampledThread");
                byThread.merge(pool(thread == null ? "?" : thread.getJavaName()), 1, Integer::sum);
                for (String centre : centresOn(event.getStackTrace())) {
                    byCentre.merge(centre, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d CPU samples%n%nBy thread pool%n", samples);
        int total = samples;
        byThread.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
        System.out.printf("%nShare of all samples with the cost centre on the stack%n");
        CENTRES.keySet().forEach(centre -> System.out.printf("  %5.1f %%  %s%n",
                100.0 * byCentre.getOrDefault(centre, 0) / Math.max(1, total), centre));
    }

    /** Threads numbered within a pool ("command-dispatch-3") count for the pool. */
    private static String pool(String threadName) {
        return threadName == null ? "?" : threadName.replaceAll("[-#]?\\d+$", "");
    }

    private static Set<String> centresOn(RecordedStackTrace stack) {
        Set<String> found = new HashSet<>();
        if (stack == null) {
            return found;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame()) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            String method = type + "#" + frame.getMethod().getName();
            CENTRES.forEach((centre, markers) -> {
                if (markers.stream().anyMatch(marker -> marker.contains("#") ? method.equals(marker)
                        : type.startsWith(marker))) {
                    found.add(centre);
                }
            });
        }
        return found;
    }
}
