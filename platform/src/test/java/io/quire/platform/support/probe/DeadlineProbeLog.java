package io.quire.platform.support.probe;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the {@link DeadlineProbeSaga}s of this application scheduled, and which of their deadlines fired. */
@Component
@Profile(Probes.PROFILE)
public class DeadlineProbeLog {

    private final Map<String, String> scheduleIds = new ConcurrentHashMap<>();
    private final Map<String, List<String>> fired = new ConcurrentHashMap<>();

    void scheduled(String probeId, String deadlineName, String scheduleId) {
        scheduleIds.put(probeId + "/" + deadlineName, scheduleId);
    }

    void fired(String probeId, String deadlineName) {
        fired.computeIfAbsent(probeId, key -> new CopyOnWriteArrayList<>()).add(deadlineName);
    }

    /** The id the deadline manager gave the deadline, which db-scheduler keeps as {@code task_instance}. */
    public Optional<String> scheduleId(String probeId, String deadlineName) {
        return Optional.ofNullable(scheduleIds.get(probeId + "/" + deadlineName));
    }

    /** The deadlines of this probe that fired, in the order they fired. */
    public List<String> fired(String probeId) {
        return List.copyOf(fired.getOrDefault(probeId, List.of()));
    }
}
