package io.quire.query.shared;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes of a projection that, inside an event processor's batch, wait until the batch's transaction is about to
 * commit, and then go to PostgreSQL as JDBC batches (one round trip for many rows) instead of one statement per
 * event. They run in the order they were asked for, in the same transaction as the token, so the outcome is the same
 * as writing at once; a handler that writes through this class must not read back what it wrote in the same batch,
 * except in SQL it writes through this class too (an {@code INSERT … SELECT} sees every earlier write).
 * <p>
 * Anywhere else (handlers called directly, as rebuilds and evaluations do with their own transaction and search path)
 * writes go out at once. So they do where a handler must fail on its own write: a group that met a failure runs its
 * handlers in savepoints ({@code HandlerSavepoints}), which bind {@link #IMMEDIATE} to the transaction.
 */
@Component
public class BatchedWrites {

    /** A transaction resource under which writes are not deferred. */
    public static final String IMMEDIATE = BatchedWrites.class.getName() + ".immediate";
    private static final String QUEUE = BatchedWrites.class.getName() + ".queue";

    private final JdbcTemplate jdbc;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An insert, update or delete: now, or just before the surrounding transaction commits. */
    public void update(String sql, Object... args) {
        if (!deferrable()) {
            // Writes queued earlier in this transaction go first, so that the order of writes never changes.
            List<?> queued = (List<?>) TransactionSynchronizationManager.getResource(QUEUE);
            if (queued != null && !queued.isEmpty()) {
                flush(queue());
            }
            jdbc.update(sql, args);
            return;
        }
        queue().add(new Write(sql, args));
    }

    /**
     * Whether writes made here may wait for the commit: inside an event processor's batch, with a transaction to
     * wait for, and not in a group that handles each event in a savepoint of its own.
     */
    public static boolean deferrable() {
        return inProcessorBatch() && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(IMMEDIATE);
    }

    /** Whether an event processor is handling a batch of events here: Axon runs those in a batching unit of work. */
    public static boolean inProcessorBatch() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get() instanceof BatchingUnitOfWork;
    }

    private record Write(String sql, Object[] args) {
    }

    @SuppressWarnings("unchecked")
    private List<Write> queue() {
        List<Write> queue = (List<Write>) TransactionSynchronizationManager.getResource(QUEUE);
        if (queue == null) {
            List<Write> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(QUEUE, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    BatchedWrites.this.flush(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(QUEUE);
                }
            });
            queue = created;
        }
        return queue;
    }

    /** Runs the queued writes in order, each run of the same statement as one JDBC batch. */
    private void flush(List<Write> queue) {
        int start = 0;
        while (start < queue.size()) {
            String sql = queue.get(start).sql();
            int end = start;
            List<Object[]> rows = new ArrayList<>();
            while (end < queue.size() && queue.get(end).sql().equals(sql)) {
                rows.add(queue.get(end++).args());
            }
            if (rows.size() == 1) {
                jdbc.update(sql, rows.get(0));
            } else {
                jdbc.batchUpdate(sql, rows);
            }
            start = end;
        }
        queue.clear();
    }
}
