package io.quire.platform.deadletter.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void anUnreachableOrBusyDatabaseIsTransient() {
        assertThat(TransientFailures.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotCreateTransactionException("no savepoint"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock timeout"))).isTrue();
        assertThat(TransientFailures.isTransient(sql("08006"))).as("connection failure").isTrue();
        assertThat(TransientFailures.isTransient(sql("57P01"))).as("administrator shutdown").isTrue();
        assertThat(TransientFailures.isTransient(sql("57014"))).as("statement timeout").isTrue();
        assertThat(TransientFailures.isTransient(sql("53300"))).as("too many connections").isTrue();
        assertThat(TransientFailures.isTransient(sql("40P01"))).as("deadlock").isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped", new InterruptedException())))
                .isTrue();
    }

    @Test
    void bugsAndBadDataAreNot() {
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("unexpected state"))).isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(TransientFailures.isTransient(sql("22012"))).as("division by zero").isFalse();
        assertThat(TransientFailures.isTransient(sql("42P01"))).as("undefined table").isFalse();
        assertThat(TransientFailures.isTransient(sql(null))).isFalse();
    }

    private static RuntimeException sql(String state) {
        return new UncategorizedSQLException("handler", "SELECT 1", new SQLException("failed", state));
    }
}
