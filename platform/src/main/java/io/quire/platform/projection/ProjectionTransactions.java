package io.quire.platform.projection;

import io.quire.platform.deadletter.infrastructure.CarefulGroups;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.annotation.Nonnull;

/**
 * The transactions of a projection's processor. Their commit does not wait for PostgreSQL to flush its write-ahead
 * log to disk (unless configured to): a read model is rebuilt from the event store at will, and its rows commit
 * together with the token of the events they reflect, so a server crash can only lose the last few milliseconds of
 * both, and the processor then handles those events again. Commands, whose events are the record, keep durable
 * commits.
 * <p>
 * A commit that fails makes the group careful ({@link CarefulGroups}): the deferred writes of
 * {@code BatchedWrites} run at commit, and when one of them fails, the retry must write handler by handler, in
 * savepoints, to find and dead-letter the event at fault.
 */
final class ProjectionTransactions implements TransactionManager {

    private final String group;
    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final CarefulGroups careful;
    private final boolean waitForDisk;

    ProjectionTransactions(String group, TransactionManager delegate, JdbcTemplate jdbc, CarefulGroups careful,
                           boolean waitForDisk) {
        this.group = group;
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.careful = careful;
        this.waitForDisk = waitForDisk;
    }

    @Nonnull
    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        if (!waitForDisk) {
            try {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        }
        return new Transaction() {
            @Override
            public void commit() {
                try {
                    transaction.commit();
                } catch (RuntimeException | Error failure) {
                    careful.failed(group);
                    throw failure;
                }
            }

            @Override
            public void rollback() {
                transaction.rollback();
            }
        };
    }
}
