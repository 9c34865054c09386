package io.quire.platform.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** db-scheduler's {@code scheduled_tasks}, where Axon's deadline manager keeps every pending deadline. */
public final class ScheduledTasks {

    private static final String DEADLINE_TASK = "AxonDeadline";

    private final JdbcTemplate jdbc;

    public ScheduledTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When the deadline with this schedule id is due, if it is still pending. */
    public Optional<Instant> dueAt(String scheduleId) {
        List<Timestamp> due = jdbc.queryForList(
                "SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?",
                Timestamp.class, DEADLINE_TASK, scheduleId);
        return due.stream().findFirst().map(Timestamp::toInstant);
    }

    public boolean pending(String scheduleId) {
        return dueAt(scheduleId).isPresent();
    }

    /**
     * Makes these deadlines due now, straight in the table: what fires them then can only come from the database,
     * and a test need not wait for a real deadline.
     */
    public void makeDueNow(String... scheduleIds) {
        for (String scheduleId : scheduleIds) {
            jdbc.update("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = ? AND task_instance = ?",
                    DEADLINE_TASK, scheduleId);
        }
    }
}
