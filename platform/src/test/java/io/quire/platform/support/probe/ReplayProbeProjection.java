package io.quire.platform.support.probe;

import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A projection of workspace names in a processing group of its own, so that tests can replay it at will. A test can
 * hold its replays at the first event, to see what happens while a replay is under way, or make them fail there.
 */
@Component
@ReadModel(tables = ReplayProbeProjection.TABLE)
@ProcessingGroup(ReplayProbeProjection.PROCESSING_GROUP)
@Profile(Probes.PROFILE)
public class ReplayProbeProjection {

    public static final String PROCESSING_GROUP = "replay-probe";
    static final String TABLE = "replay_probe";

    private final JdbcTemplate jdbc;
    private volatile CountDownLatch hold;
    private volatile boolean failReplays;

    public ReplayProbeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS replay_probe (
                    workspace_id UUID PRIMARY KEY, tenant_id UUID NOT NULL, name TEXT NOT NULL,
                    version BIGINT NOT NULL)""");
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event, ReplayStatus replay) throws InterruptedException {
        CountDownLatch held = hold;
        if (replay.isReplay() && held != null) {
            held.await(30, TimeUnit.SECONDS);
        }
        if (replay.isReplay() && failReplays) {
            throw new IllegalStateException("The replay probe fails replays, as asked");
        }
        jdbc.update("INSERT INTO replay_probe VALUES (?, ?, ?, ?) ON CONFLICT (workspace_id) DO NOTHING",
                event.workspaceId().value(), event.tenantId().value(), event.name(), event.version());
    }

    @EventHandler
    void on(WorkspaceRenamedEvent event) {
        jdbc.update("UPDATE replay_probe SET name = ?, version = ? WHERE workspace_id = ? AND version < ?",
                event.name(), event.version(), event.workspaceId().value(), event.version());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM replay_probe");
    }

    /** Replays wait at their first workspace until {@link #release()}. */
    public void holdReplays() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** Replays fail at their first workspace until {@link #succeedReplays()}; live events are still handled. */
    public void failReplays() {
        failReplays = true;
    }

    public void succeedReplays() {
        failReplays = false;
    }

    public boolean holds(String workspaceId) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM replay_probe WHERE workspace_id = ?::uuid",
                Integer.class, workspaceId);
        return rows != null && rows == 1;
    }
}
