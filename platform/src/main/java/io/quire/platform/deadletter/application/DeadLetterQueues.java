package io.quire.platform.deadletter.application;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.List;

/** The processing groups that dead-letter, each with its queue and the processor that retries it. */
@Component
public class DeadLetterQueues {

    private final EventProcessingConfiguration processing;

    public DeadLetterQueues(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public record Group(String name, SequencedDeadLetterQueue<EventMessage<?>> queue,
                        SequencedDeadLetterProcessor<EventMessage<?>> processor) {
    }

    /** Every group with a queue, by name. */
    public List<Group> all() {
        return processing.eventProcessors().keySet().stream()
                .filter(name -> processing.sequencedDeadLetterProcessor(name).isPresent())
                .sorted()
                .map(this::group)
                .toList();
    }

    /** Only a group that already has a queue is looked up: asking Axon for any other would give it one. */
    public Group group(String name) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> UnknownDeadLetters.group(name));
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(name)
                .orElseThrow(() -> UnknownDeadLetters.group(name));
        return new Group(name, queue, processor);
    }

    static String sequenceOf(DeadLetter<?> letter) {
        if (letter instanceof JdbcDeadLetter<?> stored) {
            return stored.getSequenceIdentifier();
        }
        if (letter instanceof GenericDeadLetter<?> generic) {
            return String.valueOf(generic.getSequenceIdentifier());
        }
        return letter.message().getIdentifier();
    }
}
