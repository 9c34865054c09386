package io.quire.platform.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells an outage of a dependency (database down, restarting, out of connections) from a bug. An outage is
 * answered 503 with Retry-After; nothing was acknowledged, so the client can safely retry.
 */
final class Unavailability {

    private static final String CONNECTION_SQL_STATE_CLASS = "08";

    private Unavailability() {
    }

    static boolean isCausedByAnOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof AxonTransientException
                    || cause instanceof R2dbcTransientException
                    || cause instanceof R2dbcNonTransientResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof TimeoutException
                    || isConnectionFailure(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the connection broke while a transaction was being committed or rolled back. The database may then
     * have kept the change or not; the pool's closed-connection error carries no SQL state to tell.
     */
    static boolean leftTheOutcomeUnknown(Throwable error) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof TransactionSystemException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof java.sql.SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith(CONNECTION_SQL_STATE_CLASS) || "57P01".equals(state));
        }
        return cause instanceof IOException && cause.getClass().getName().startsWith("io.r2dbc.postgresql");
    }
}
