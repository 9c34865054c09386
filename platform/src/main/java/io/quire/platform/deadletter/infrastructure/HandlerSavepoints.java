package io.quire.platform.deadletter.infrastructure;

import io.quire.query.shared.BatchedWrites;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.annotation.Nonnull;
import java.lang.reflect.Executable;
import java.util.Optional;

/**
 * Runs each event handler of a dead-lettered group in a savepoint of the batch's transaction once that group has
 * met a failure. A handler that fails then leaves nothing behind, not even half of its writes, and the transaction
 * stays usable: PostgreSQL refuses every statement after a failed one until the transaction ends, which would
 * otherwise keep the dead letter itself from being written and fail the whole batch over and over.
 * <p>
 * Savepoints cost two round trips per handled event, and handlers almost never fail, so in its processor's batches
 * a group runs without them until one does; handlers called directly (as rebuilds and evaluations do) always get
 * them. That first failure fails the batch as a transient one would ({@link RetryInSavepoints}): nothing of it is
 * committed, and the processor handles the batch again a second later, this time with a savepoint around every
 * handler, so that the poison event is dead-lettered cleanly. After a batch has committed in savepoints without a
 * new failure, the group goes back to running without them. Retries of dead letters always use them. In a
 * savepoint, {@link BatchedWrites} write at once, so that a failing write fails inside its handler.
 */
public class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final DeadLetteredGroups groups;
    private final CarefulGroups careful;

    public HandlerSavepoints(PlatformTransactionManager transactions, DeadLetteredGroups groups,
                             CarefulGroups careful) {
        this.transactions = transactions;
        this.groups = groups;
        this.careful = careful;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || isSagaHandler(original)) {
            return original;
        }
        return processingGroupOf(original)
                .filter(groups::covers)
                .<MessageHandlingMember<T>>map(group -> new Savepointed<>(original, group))
                .orElse(original);
    }

    private static boolean isSagaHandler(MessageHandlingMember<?> member) {
        return member.unwrap(Executable.class)
                .map(handler -> AnnotationUtils.isAnnotationPresent(handler, SagaEventHandler.class))
                .orElse(false);
    }

    private static Optional<String> processingGroupOf(MessageHandlingMember<?> member) {
        return member.unwrap(Executable.class)
                .map(handler -> handler.getDeclaringClass().getAnnotation(ProcessingGroup.class))
                .map(ProcessingGroup::value);
    }

    private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        private Savepointed(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(@Nonnull Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            if (BatchedWrites.inProcessorBatch() && !careful.isCareful(group) && !isRetryOfALetter()) {
                try {
                    return super.handle(message, target);
                } catch (Exception | Error failure) {
                    careful.failed(group);
                    throw new RetryInSavepoints(group, failure);
                }
            }
            careful.settleOnCommit(group);
            TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
            // The handler's writes must fail here, inside its savepoint, not when the batch commits.
            boolean bound = bindImmediateWrites();
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                rollBack(savepoint, failure);
                throw failure;
            } finally {
                if (bound) {
                    TransactionSynchronizationManager.unbindResource(BatchedWrites.IMMEDIATE);
                }
            }
            transactions.commit(savepoint);
            return result;
        }

        private static boolean bindImmediateWrites() {
            if (TransactionSynchronizationManager.hasResource(BatchedWrites.IMMEDIATE)) {
                return false;
            }
            TransactionSynchronizationManager.bindResource(BatchedWrites.IMMEDIATE, Boolean.TRUE);
            return true;
        }

        private static boolean isRetryOfALetter() {
            return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().containsKey(DeadLetter.class.getName()))
                    .orElse(false);
        }

        /** A savepoint that cannot be rolled back means the transaction is in trouble: that failure is reported. */
        private void rollBack(TransactionStatus savepoint, Throwable failure) {
            try {
                transactions.rollback(savepoint);
            } catch (TransactionException rollbackFailure) {
                rollbackFailure.addSuppressed(failure);
                throw rollbackFailure;
            }
        }
    }
}
