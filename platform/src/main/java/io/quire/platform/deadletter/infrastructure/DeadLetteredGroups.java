package io.quire.platform.deadletter.infrastructure;

import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.EventProcessorProperties.Mode;
import org.axonframework.springboot.EventProcessorProperties.ProcessorSettings;

import java.util.Set;

/**
 * Which processing groups dead-letter the events their handlers fail on: every group of event handlers that a
 * streaming processor runs, so that a new projection is covered without any setting. Subscribing groups are not:
 * they handle events inside the transaction that appends them, and a failure there must fail the command. Sagas
 * are not either: Axon only attaches dead-letter queues to event handlers, never to saga managers.
 */
public class DeadLetteredGroups {

    private final EventProcessorProperties processors;
    private final Set<String> excluded;

    public DeadLetteredGroups(EventProcessorProperties processors, DeadLetterProperties properties) {
        this.processors = processors;
        this.excluded = Set.copyOf(properties.excludedGroups());
    }

    public boolean covers(String processingGroup) {
        if (excluded.contains(processingGroup)) {
            return false;
        }
        ProcessorSettings settings = processors.getProcessors().get(processingGroup);
        return settings == null || settings.getMode() != Mode.SUBSCRIBING;
    }
}
