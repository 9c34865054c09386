package io.quire.query.workspace;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.contracts.workspace.WorkspaceSearchLanguageChangedEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static java.sql.Timestamp.from;

/**
 * The workspace list of each tenant. Writes share the transaction of the processor's token, and every update only
 * applies to an older version, so a redelivered event changes nothing.
 */
@Component
@ReadModel(tables = "workspace_view")
@ProcessingGroup(WorkspaceProjection.PROCESSING_GROUP)
public class WorkspaceProjection {

    public static final String PROCESSING_GROUP = "workspaces";

    private final JdbcTemplate jdbc;

    public WorkspaceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkspaceCreatedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                INSERT INTO workspace_view (workspace_id, tenant_id, name, archived, version, created_at, updated_at,
                                            updated_by)
                VALUES (?, ?, ?, false, ?, ?, ?, ?) ON CONFLICT (workspace_id) DO NOTHING""",
                event.workspaceId().value(), event.tenantId().value(), event.name(), event.version(), from(at),
                from(at), principal);
    }

    @EventHandler
    void on(WorkspaceRenamedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                UPDATE workspace_view SET name = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE workspace_id = ? AND version < ?""",
                event.name(), event.version(), from(at), principal, event.workspaceId().value(), event.version());
    }

    @EventHandler
    void on(WorkspaceSearchLanguageChangedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                UPDATE workspace_view SET search_language = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE workspace_id = ? AND version < ?""",
                event.language(), event.version(), from(at), principal, event.workspaceId().value(),
                event.version());
    }

    @EventHandler
    void on(WorkspaceArchivedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                UPDATE workspace_view SET archived = true, version = ?, updated_at = ?, updated_by = ?
                WHERE workspace_id = ? AND version < ?""",
                event.version(), from(at), principal, event.workspaceId().value(), event.version());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM workspace_view");
    }
}
