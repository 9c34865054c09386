package io.quire.platform.deadletter.application;

import io.quire.platform.deadletter.application.DeadLetterQueues.Group;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands a group's dead letters to its handlers again, one sequence after the other, each in order. A sequence that
 * gets through leaves the queue; one whose first letter fails again stays, with its retry count raised.
 */
@Component
public class DeadLetterRetry {

    private final DeadLetterQueues queues;

    public DeadLetterRetry(DeadLetterQueues queues) {
        this.queues = queues;
    }

    /**
     * @param sequences            sequences tried
     * @param succeeded            sequences handled to their end and gone from the queue
     * @param stillFailing         sequences that failed again, or that another retry held at the time
     * @param remainingDeadLetters letters left in the group's queue
     */
    public record RetryOutcome(String processingGroup, int sequences, int succeeded, int stillFailing,
                               long remainingDeadLetters) {
    }

    public RetryOutcome retry(String groupName) {
        Group group = queues.group(groupName);
        Set<String> tried = new HashSet<>();
        int succeeded = 0;
        int failed = 0;
        long sequences = group.queue().amountOfSequences();
        for (long attempt = 0; attempt < sequences; attempt++) {
            AtomicReference<String> picked = new AtomicReference<>();
            // Axon takes the first claimable sequence the filter accepts; a failed one moves to the back of the
            // queue, and the filter makes sure each is tried once.
            boolean handled = group.processor().process(first -> {
                String sequence = DeadLetterQueues.sequenceOf(first);
                if (tried.contains(sequence)) {
                    return false;
                }
                picked.set(sequence);
                return true;
            });
            if (picked.get() == null) {
                break;
            }
            tried.add(picked.get());
            if (handled) {
                succeeded++;
            } else {
                failed++;
            }
        }
        return new RetryOutcome(groupName, tried.size(), succeeded, failed, group.queue().size());
    }
}
