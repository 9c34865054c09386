package io.quire.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class UnavailabilityTest {

    @Test
    void aRollbackOnAConnectionThePoolHasAlreadyClosedIsAnOutageWithAnUnknownOutcome() {
        // What a commit that loses its connection ends in: the pool's own error carries no SQL state.
        Throwable error = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));

        assertThat(Unavailability.isCausedByAnOutage(error)).isTrue();
        assertThat(Unavailability.leftTheOutcomeUnknown(error)).isTrue();
    }

    @Test
    void aConnectionErrorDeepInTheChainIsAnOutageWhoseWriteWasNotMade() {
        Throwable error = new CompletionException(new IllegalStateException("append failed",
                new SQLException("An I/O error occurred while sending to the backend", "08006")));

        assertThat(Unavailability.isCausedByAnOutage(error)).isTrue();
        assertThat(Unavailability.leftTheOutcomeUnknown(error)).isFalse();
    }

    @Test
    void aSessionEndedByTheServerIsAnOutage() {
        assertThat(Unavailability.isCausedByAnOutage(
                new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void bugsAndConstraintViolationsAreNotOutages() {
        assertThat(Unavailability.isCausedByAnOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(Unavailability.isCausedByAnOutage(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(Unavailability.isCausedByAnOutage(new SQLException("syntax error", "42601"))).isFalse();
    }
}
