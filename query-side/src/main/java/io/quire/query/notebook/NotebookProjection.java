package io.quire.query.notebook;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static java.sql.Timestamp.from;

/** The notebooks of each workspace. Idempotent: updates only apply to an older version. */
@Component
@ReadModel(tables = "notebook_view")
@ProcessingGroup(NotebookProjection.PROCESSING_GROUP)
public class NotebookProjection {

    public static final String PROCESSING_GROUP = "notebooks";

    private final JdbcTemplate jdbc;

    public NotebookProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NotebookCreatedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                INSERT INTO notebook_view (notebook_id, tenant_id, workspace_id, title, archived, version, created_at,
                                           updated_at, updated_by)
                VALUES (?, ?, ?, ?, false, ?, ?, ?, ?) ON CONFLICT (notebook_id) DO NOTHING""",
                event.notebookId().value(), event.tenantId().value(), event.workspaceId().value(), event.title(),
                event.version(), from(at), from(at), principal);
    }

    @EventHandler
    void on(NotebookRenamedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                UPDATE notebook_view SET title = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE notebook_id = ? AND version < ?""",
                event.title(), event.version(), from(at), principal, event.notebookId().value(), event.version());
    }

    @EventHandler
    void on(NotebookArchivedEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        setArchived(event.notebookId().value(), true, event.version(), at, principal);
    }

    @EventHandler
    void on(NotebookRestoredEvent event, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        setArchived(event.notebookId().value(), false, event.version(), at, principal);
    }

    private void setArchived(UUID notebookId, boolean archived, long version, Instant at, String principal) {
        jdbc.update("""
                UPDATE notebook_view SET archived = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE notebook_id = ? AND version < ?""",
                archived, version, from(at), principal, notebookId, version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notebook_view");
    }
}
