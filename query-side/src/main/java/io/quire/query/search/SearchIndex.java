package io.quire.query.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static java.sql.Timestamp.from;

/**
 * The writes of the search projection, in terms of documents rather than events, so that a new event needs a
 * handler of a line or two and no new SQL. Every change of a document applies only over an older version; the
 * rest is idempotent by construction, so a redelivered batch changes nothing.
 */
@Component
class SearchIndex {

    /** A new page, notebook or decision; its workspace's search language decides how it is indexed. */
    record NewDocument(UUID id, String type, UUID tenant, UUID workspace, UUID notebook, String title, String body,
                       String status, long version, Instant at) {
    }

    private final JdbcTemplate jdbc;

    SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addWorkspace(UUID workspace, UUID tenant, long version) {
        jdbc.update("""
                INSERT INTO search_workspace (workspace_id, tenant_id, language, config, archived, version)
                VALUES (?, ?, ?, CAST(? AS regconfig), false, ?) ON CONFLICT (workspace_id) DO NOTHING""",
                workspace, tenant, SearchProjection.DEFAULT_LANGUAGE, SearchProjection.DEFAULT_LANGUAGE, version);
    }

    /**
     * Sets the workspace's language, resolved to a configuration the server has ({@code simple} otherwise), and
     * indexes its documents again with it. The second step runs even when the first finds the change already made,
     * since it only touches documents whose configuration differs from their workspace's.
     */
    void changeLanguage(UUID workspace, String language, long version) {
        jdbc.update("""
                UPDATE search_workspace
                SET language = ?, version = ?,
                    config = COALESCE((SELECT CAST(oid AS regconfig) FROM pg_ts_config
                                       WHERE cfgname = ? AND pg_ts_config_is_visible(oid)), CAST('simple' AS regconfig))
                WHERE workspace_id = ? AND version < ?""",
                language, version, language, workspace, version);
        jdbc.update("""
                UPDATE search_document d SET config = w.config
                FROM search_workspace w
                WHERE w.workspace_id = ? AND d.workspace_id = w.workspace_id AND d.config <> w.config""",
                workspace);
    }

    void archiveWorkspace(UUID workspace, long version) {
        jdbc.update("UPDATE search_workspace SET archived = true, version = ? WHERE workspace_id = ? AND version < ?",
                version, workspace, version);
        jdbc.update("UPDATE search_document SET workspace_archived = true "
                + "WHERE workspace_id = ? AND NOT workspace_archived", workspace);
    }

    /**
     * Adds a document under its workspace's configuration, inheriting whether its notebook and workspace are
     * archived. A workspace the index has not seen yet is searched in the default language.
     */
    void add(NewDocument doc) {
        jdbc.update("""
                INSERT INTO search_workspace (workspace_id, tenant_id, language, config, archived, version)
                VALUES (?, ?, ?, CAST(? AS regconfig), false, 0) ON CONFLICT (workspace_id) DO NOTHING""",
                doc.workspace(), doc.tenant(), SearchProjection.DEFAULT_LANGUAGE, SearchProjection.DEFAULT_LANGUAGE);
        jdbc.update("""
                INSERT INTO search_document (doc_id, doc_type, tenant_id, workspace_id, notebook_id, title, body, status,
                                             archived, notebook_archived, workspace_archived, config, version,
                                             updated_at)
                SELECT ?, ?, ?, w.workspace_id, ?, ?, ?, ?, false,
                       COALESCE((SELECT n.archived FROM search_document n WHERE n.doc_id = ?), false),
                       w.archived, w.config, ?, ?
                FROM search_workspace w WHERE w.workspace_id = ?
                ON CONFLICT (doc_id) DO NOTHING""",
                doc.id(), doc.type(), doc.tenant(), doc.notebook(), doc.title(), SearchText.indexable(doc.body()),
                doc.status(), doc.notebook(), doc.version(), from(doc.at()), doc.workspace());
    }

    void rewrite(UUID id, String title, String body, long version, Instant at) {
        update("title = ?, body = ?", id, version, at, title, SearchText.indexable(body));
    }

    void retitle(UUID id, String title, long version, Instant at) {
        update("title = ?", id, version, at, title);
    }

    void setStatus(UUID id, String status, long version, Instant at) {
        update("status = ?", id, version, at, status);
    }

    /** Archives or restores a document; a notebook's pages follow it. */
    void setArchived(UUID id, boolean archived, long version, Instant at) {
        update("archived = ?", id, version, at, archived);
        jdbc.update("""
                UPDATE search_document p SET notebook_archived = n.archived
                FROM search_document n
                WHERE n.doc_id = ? AND n.doc_type = 'notebook' AND p.notebook_id = n.doc_id
                  AND p.notebook_archived <> n.archived""", id);
    }

    void moveToNotebook(UUID id, UUID notebook, long version, Instant at) {
        update("notebook_id = ?, notebook_archived = "
                        + "COALESCE((SELECT n.archived FROM search_document n WHERE n.doc_id = ?), false)",
                id, version, at, notebook, notebook);
    }

    private void update(String assignments, UUID id, long version, Instant at, Object... values) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(values));
        arguments.addAll(List.of(version, from(at), id, version));
        jdbc.update("UPDATE search_document SET " + assignments + ", version = ?, updated_at = ? "
                + "WHERE doc_id = ? AND version < ?", arguments.toArray());
    }

    void clear() {
        jdbc.update("DELETE FROM search_document");
        jdbc.update("DELETE FROM search_workspace");
    }
}
