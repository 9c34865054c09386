package io.quire.platform.deadletter.infrastructure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an event whose handler failed in a dead-lettered group (docs/adr/008). A poison event (a bug, bad
 * data) is dead-lettered, and the rest of its sequence queues behind it while other sequences go on. A transient
 * failure is not: Axon would drop an event its policy declines, so this policy throws instead, and the batch fails
 * and is retried, exactly as before dead-lettering existed. Each letter counts how often it was retried.
 */
public class ProjectionFailurePolicy implements EnqueuePolicy<EventMessage<?>> {

    /** The diagnostics entry that counts failed retries of a letter. */
    public static final String RETRIES = "retries";

    private static final Logger log = LoggerFactory.getLogger(ProjectionFailurePolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isRetryOfALetter()) {
            return Decisions.requeue(ThrowableCause.truncated(cause),
                    failed -> failed.diagnostics().and(RETRIES, retries(failed) + 1));
        }
        if (TransientFailures.isTransient(cause)) {
            throw new TransientHandlerFailure(cause);
        }
        // The queue keeps the cause's type and message only; the stack trace that helps fix it is logged here.
        log.warn("Dead-lettering event {} ({}): its handler failed, and later events of its sequence will wait "
                + "behind it", letter.message().getIdentifier(), letter.message().getPayloadType().getName(), cause);
        return Decisions.enqueue(ThrowableCause.truncated(cause), failed -> failed.diagnostics().and(RETRIES, 0));
    }

    public static long retries(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        return retries instanceof Number number ? number.longValue() : 0;
    }

    /** Axon hands the letter being retried to the unit of work that retries it. */
    private static boolean isRetryOfALetter() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().containsKey(DeadLetter.class.getName()))
                .orElse(false);
    }

    /** Fails the batch: the event is handled again once the cause has gone. */
    static final class TransientHandlerFailure extends RuntimeException {

        TransientHandlerFailure(Throwable cause) {
            super("A handler failed for a reason that should pass; the batch is retried: " + cause, cause);
        }
    }
}
