package io.quire.platform.deadletter.infrastructure;

import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that goes away by itself (the database is down, restarting, out of connections, a deadlock, a
 * timeout, the processor shutting down) from one that comes back on every attempt (a bug, bad data). Only the
 * latter is worth a dead letter; the former must fail the batch so that it is handled again later.
 */
final class TransientFailures {

    /** PostgreSQL SQLSTATE classes: connection exception, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    /** Serialization failure, deadlock, lock not available. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isTransientType(cause) || isTransientState(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransientType(Throwable cause) {
        return cause instanceof TransientDataAccessException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransactionException
                || cause instanceof AxonTransientException
                || cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof InterruptedException
                || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException
                || cause instanceof TimeoutException;
    }

    private static boolean isTransientState(Throwable cause) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null || sql.getSQLState().length() < 2) {
            return false;
        }
        String state = sql.getSQLState();
        return TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2));
    }
}
