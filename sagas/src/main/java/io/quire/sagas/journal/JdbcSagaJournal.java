package io.quire.sagas.journal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes the journal with the saga's own JDBC connection, so a step's record commits or rolls back together with
 * the saga state that the same event handler changed.
 */
@Component
public class JdbcSagaJournal implements SagaJournal {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcSagaJournal(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void started(String type, String subject, String tenantId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO saga_run (saga_type, subject, tenant_id, state, started_at, updated_at)
                VALUES (?, ?, ?::uuid, 'running', ?, ?) ON CONFLICT (saga_type, subject) DO NOTHING""",
                type, subject, tenantId, now, now);
    }

    @Override
    public void step(String type, String subject, String step, StepStatus status, int attempts, String detail) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO saga_step (saga_type, subject, step, status, attempts, detail, first_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (saga_type, subject, step) DO UPDATE SET status = EXCLUDED.status,
                    attempts = EXCLUDED.attempts, detail = EXCLUDED.detail, updated_at = EXCLUDED.updated_at""",
                type, subject, step, status.name().toLowerCase(), attempts, detail, now, now);
        jdbc.update("UPDATE saga_run SET updated_at = ? WHERE saga_type = ? AND subject = ?", now, type, subject);
    }

    @Override
    public void ended(String type, String subject, SagaOutcome outcome) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("UPDATE saga_run SET state = ?, ended_at = ?, updated_at = ? WHERE saga_type = ? AND subject = ?",
                outcome.name().toLowerCase(), now, now, type, subject);
    }
}
