package io.quire.query.page;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.query.shared.BatchedWrites;
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

/** Each page's current state, for page detail and the pages of a notebook. Updates only apply to older versions. */
@Component
@ReadModel(tables = "page_view")
@ProcessingGroup(PageProjection.PROCESSING_GROUP)
public class PageProjection {

    public static final String PROCESSING_GROUP = "pages";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    public PageProjection(JdbcTemplate jdbc, BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventHandler
    void on(PageCreatedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        writes.update("""
                INSERT INTO page_view (page_id, tenant_id, workspace_id, notebook_id, title, body, archived, version,
                                       created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?) ON CONFLICT (page_id) DO NOTHING""",
                event.pageId().value(), event.tenantId().value(), event.workspaceId().value(),
                event.notebookId().value(), event.title(), event.body(), event.version(), from(at), from(at),
                principal);
    }

    @EventHandler
    void on(PageEditedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        writes.update("""
                UPDATE page_view SET title = ?, body = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE page_id = ? AND version < ?""",
                event.title(), event.body(), event.version(), from(at), principal, event.pageId().value(),
                event.version());
    }

    @EventHandler
    void on(PageMovedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        writes.update("""
                UPDATE page_view SET notebook_id = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE page_id = ? AND version < ?""",
                event.toNotebookId().value(), event.version(), from(at), principal, event.pageId().value(),
                event.version());
    }

    @EventHandler
    void on(PageArchivedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        setArchived(event.pageId().value(), true, event.version(), at, principal);
    }

    @EventHandler
    void on(PageRestoredEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        setArchived(event.pageId().value(), false, event.version(), at, principal);
    }

    private void setArchived(UUID pageId, boolean archived, long version, Instant at, String principal) {
        writes.update("""
                UPDATE page_view SET archived = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE page_id = ? AND version < ?""",
                archived, version, from(at), principal, pageId, version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM page_view");
    }
}
