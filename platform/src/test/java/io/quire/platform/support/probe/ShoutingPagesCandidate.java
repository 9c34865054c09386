package io.quire.platform.support.probe;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.query.shared.ProjectionCandidate;
import io.quire.query.shared.ReadModel;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static java.sql.Timestamp.from;

/**
 * A deliberately changed pages projection, as a team would write the next version of one: it upper-cases titles and
 * drops archived pages instead of flagging them. Evaluating {@code pages@shouting} shows exactly those differences.
 */
@ProjectionCandidate(of = "pages", name = "shouting")
@ReadModel(tables = "page_view")
@Profile(Probes.PROFILE)
public class ShoutingPagesCandidate {

    private final JdbcTemplate jdbc;

    public ShoutingPagesCandidate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PageCreatedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                INSERT INTO page_view (page_id, tenant_id, workspace_id, notebook_id, title, body, archived, version,
                                       created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, upper(?), ?, false, ?, ?, ?, ?) ON CONFLICT (page_id) DO NOTHING""",
                event.pageId().value(), event.tenantId().value(), event.workspaceId().value(),
                event.notebookId().value(), event.title(), event.body(), event.version(), from(at), from(at),
                principal);
    }

    @EventHandler
    void on(PageEditedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                UPDATE page_view SET title = upper(?), body = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE page_id = ? AND version < ?""",
                event.title(), event.body(), event.version(), from(at), principal, event.pageId().value(),
                event.version());
    }

    @EventHandler
    void on(PageMovedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("""
                UPDATE page_view SET notebook_id = ?, version = ?, updated_at = ?, updated_by = ?
                WHERE page_id = ? AND version < ?""",
                event.toNotebookId().value(), event.version(), from(at), principal, event.pageId().value(),
                event.version());
    }

    @EventHandler
    void on(PageArchivedEvent event) {
        jdbc.update("DELETE FROM page_view WHERE page_id = ?", event.pageId().value());
    }

    @EventHandler
    void on(PageRestoredEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.PRINCIPAL) String principal) {
        jdbc.update("UPDATE page_view SET version = ?, updated_at = ?, updated_by = ? WHERE page_id = ? AND version < ?",
                event.version(), from(at), principal, event.pageId().value(), event.version());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM page_view");
    }
}
