package io.quire.query.dashboard.activity;

import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/**
 * The titles of pages and notebooks, and which notebook each page is in, as the activity dashboard shows them: the
 * latest each event carried. Changes only apply to an older version, so a redelivered event changes nothing.
 */
final class ActivityNames {

    private final JdbcTemplate jdbc;

    ActivityNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void note(UUID tenant, Object event) {
        if (event instanceof PageCreatedEvent created) {
            jdbc.update("""
                    INSERT INTO activity_page (page_id, tenant_id, notebook_id, title, version) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (page_id) DO NOTHING""",
                    created.pageId().value(), tenant, created.notebookId().value(), created.title(), created.version());
        } else if (event instanceof PageEditedEvent edited) {
            jdbc.update("UPDATE activity_page SET title = ?, version = ? WHERE page_id = ? AND version < ?",
                    edited.title(), edited.version(), edited.pageId().value(), edited.version());
        } else if (event instanceof PageMovedEvent moved) {
            jdbc.update("UPDATE activity_page SET notebook_id = ?, version = ? WHERE page_id = ? AND version < ?",
                    moved.toNotebookId().value(), moved.version(), moved.pageId().value(), moved.version());
        } else if (event instanceof NotebookCreatedEvent created) {
            jdbc.update("""
                    INSERT INTO activity_notebook (notebook_id, tenant_id, title, version) VALUES (?, ?, ?, ?)
                    ON CONFLICT (notebook_id) DO NOTHING""",
                    created.notebookId().value(), tenant, created.title(), created.version());
        } else if (event instanceof NotebookRenamedEvent renamed) {
            jdbc.update("UPDATE activity_notebook SET title = ?, version = ? WHERE notebook_id = ? AND version < ?",
                    renamed.title(), renamed.version(), renamed.notebookId().value(), renamed.version());
        }
    }
}
