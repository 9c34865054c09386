package io.quire.platform.deadletter.application;

import io.quire.platform.deadletter.application.DeadLetterQueues.Group;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives up on a sequence: its letters leave the queue unhandled, and later events of that sequence are handled
 * again as they come. What those letters would have changed is lost from the read model until it is rebuilt.
 */
@Component
public class DeadLetterEviction {

    private final DeadLetterQueues queues;
    private final TransactionManager transactions;

    public DeadLetterEviction(DeadLetterQueues queues, TransactionManager transactions) {
        this.queues = queues;
        this.transactions = transactions;
    }

    public record EvictionOutcome(String processingGroup, String sequenceIdentifier, int evicted) {
    }

    public EvictionOutcome evict(String groupName, String sequenceIdentifier) {
        Group group = queues.group(groupName);
        if (!group.queue().contains(sequenceIdentifier)) {
            throw UnknownDeadLetters.sequence(groupName, sequenceIdentifier);
        }
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        group.queue().deadLetterSequence(sequenceIdentifier).forEach(letters::add);
        transactions.executeInTransaction(() -> letters.forEach(group.queue()::evict));
        return new EvictionOutcome(groupName, sequenceIdentifier, letters.size());
    }
}
