package io.quire.platform.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.annotation.Nonnull;

/**
 * The transactions of a projection's processor: the same as everyone's, except that their commit does not wait for
 * PostgreSQL to flush its write-ahead log to disk. A read model is rebuilt from the event store at will, and its
 * rows commit together with the token of the events they reflect; a server crash can only lose the last few
 * milliseconds of both, and the processor then handles those events again. Commands, whose events are the record,
 * keep durable commits.
 */
final class AsynchronousCommits implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;

    AsynchronousCommits(TransactionManager delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Nonnull
    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
