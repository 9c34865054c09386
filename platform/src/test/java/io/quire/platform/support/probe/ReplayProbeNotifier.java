package io.quire.platform.support.probe;

import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands for a handler that acts on the outside world (sends mail, charges a card), in the same processing group as
 * {@link ReplayProbeProjection}: it must act once per event, never again when the group is replayed.
 */
@Component
@ProcessingGroup(ReplayProbeProjection.PROCESSING_GROUP)
@Profile(Probes.PROFILE)
public class ReplayProbeNotifier {

    private final Map<String, AtomicInteger> notices = new ConcurrentHashMap<>();

    @EventHandler
    @DisallowReplay
    void on(WorkspaceCreatedEvent event) {
        notices.computeIfAbsent(event.workspaceId().toString(), key -> new AtomicInteger()).incrementAndGet();
    }

    /** How often this workspace's creation was acted on. */
    public int noticesFor(String workspaceId) {
        AtomicInteger count = notices.get(workspaceId);
        return count == null ? 0 : count.get();
    }
}
