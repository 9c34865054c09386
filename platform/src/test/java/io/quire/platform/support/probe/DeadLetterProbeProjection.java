package io.quire.platform.support.probe;

import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.query.shared.BatchedWrites;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A projection of workspace names, in a processing group of its own, that fails on the creation of any workspace
 * whose name holds a marker. For a poisoned marker it fails the way a bug or bad data would: after writing its row,
 * a statement fails in the database. For a timed-out marker it fails the way a busy database does: its statement
 * is cancelled at its timeout. For a marker poisoned at commit it fails as a projection with batched writes does:
 * its faulty write is deferred to the batch's commit ({@link BatchedWrites}). Curing the marker makes the same
 * event go through.
 */
@Component
@ReadModel(tables = "dead_letter_probe")
@ProcessingGroup(DeadLetterProbeProjection.PROCESSING_GROUP)
@Profile(Probes.PROFILE)
public class DeadLetterProbeProjection {

    public static final String PROCESSING_GROUP = "dead-letter-probe";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;
    private final Set<String> poisoned = ConcurrentHashMap.newKeySet();
    private final Set<String> poisonedAtCommit = ConcurrentHashMap.newKeySet();
    private final Set<String> timedOut = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public DeadLetterProbeProjection(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS dead_letter_probe (
                    workspace_id UUID PRIMARY KEY, name TEXT NOT NULL, version BIGINT NOT NULL)""");
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event) {
        jdbc.update("INSERT INTO dead_letter_probe VALUES (?, ?, ?) ON CONFLICT (workspace_id) DO NOTHING",
                event.workspaceId().value(), event.name(), event.version());
        if (marked(event.name(), poisoned)) {
            jdbc.queryForObject("SELECT 1 / 0", Integer.class);
        }
        if (marked(event.name(), poisonedAtCommit)) {
            writes.update("UPDATE dead_letter_probe SET version = version / 0 WHERE workspace_id = ?",
                    event.workspaceId().value());
        }
        if (marked(event.name(), timedOut)) {
            jdbc.execute("SET LOCAL statement_timeout = '1ms'");
            jdbc.execute("SELECT pg_sleep(0.1)");
        }
    }

    @EventHandler
    void on(WorkspaceRenamedEvent event) {
        jdbc.update("UPDATE dead_letter_probe SET name = ?, version = ? WHERE workspace_id = ? AND version < ?",
                event.name(), event.version(), event.workspaceId().value(), event.version());
    }

    public void poison(String marker) {
        poisoned.add(marker);
    }

    public void poisonAtCommit(String marker) {
        poisonedAtCommit.add(marker);
    }

    public void timeOut(String marker) {
        timedOut.add(marker);
    }

    public void cure(String marker) {
        poisoned.remove(marker);
        poisonedAtCommit.remove(marker);
        timedOut.remove(marker);
    }

    /** Whether the name carries one of these markers; each time it does counts as a failed attempt. */
    private boolean marked(String name, Set<String> markers) {
        for (String marker : markers) {
            if (name.contains(marker)) {
                attempts.computeIfAbsent(marker, key -> new AtomicInteger()).incrementAndGet();
                return true;
            }
        }
        return false;
    }

    /** How often a creation event carrying this marker was handled and failed. */
    public int failedAttempts(String marker) {
        AtomicInteger count = attempts.get(marker);
        return count == null ? 0 : count.get();
    }

    /** The name this projection holds for a workspace, if it holds the workspace at all. */
    public Optional<String> nameOf(String workspaceId) {
        List<String> names = jdbc.queryForList("SELECT name FROM dead_letter_probe WHERE workspace_id = ?::uuid",
                String.class, workspaceId);
        return names.stream().findFirst();
    }
}
