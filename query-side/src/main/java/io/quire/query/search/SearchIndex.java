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
 * <p>
 * A write that changes a document's title, body or configuration also writes its terms, or leaves them NULL for
 * {@link PendingSearchTerms} while the index catches up ({@link TermsDeferral}). The terms function lives with the
 * live tables, in {@code public}: a rebuild runs these writes with only its own schema on the search path.
 */
@Component
class SearchIndex {

    /** A new page, notebook or decision; its workspace's search language decides how it is indexed. */
    record NewDocument(UUID id, String type, UUID tenant, UUID workspace, UUID notebook, String title, String body,
                       String status, long version, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final TermsDeferral deferral;

    SearchIndex(JdbcTemplate jdbc, TermsDeferral deferral) {
        this.jdbc = jdbc;
        this.deferral = deferral;
    }

    /** The terms from these columns or values, or NULL when the write of an event from {@code at} defers them. */
    static String terms(boolean deferred, String config, String title, String body, String tenant) {
        return deferred ? "NULL" : "public.search_terms(" + String.join(", ", config, title, body, tenant) + ")";
    }

    private String termsAt(Instant at, String config, String title, String body, String tenant) {
        return terms(deferral.defers(at), config, title, body, tenant);
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
    void changeLanguage(UUID workspace, String language, long version, Instant at) {
        jdbc.update("""
                UPDATE search_workspace
                SET language = ?, version = ?,
                    config = COALESCE((SELECT CAST(oid AS regconfig) FROM pg_ts_config
                                       WHERE cfgname = ? AND pg_ts_config_is_visible(oid)), CAST('simple' AS regconfig))
                WHERE workspace_id = ? AND version < ?""",
                language, version, language, workspace, version);
        jdbc.update("UPDATE search_document d SET config = w.config, terms = "
                + termsAt(at, "w.config", "d.title", "d.body", "d.tenant_id") + " FROM search_workspace w "
                + "WHERE w.workspace_id = ? AND d.workspace_id = w.workspace_id AND d.config <> w.config", workspace);
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
        String terms = termsAt(doc.at(), "w.config", "v.title", "v.body", "v.tenant");
        jdbc.update("""
                INSERT INTO search_document (doc_id, doc_type, tenant_id, workspace_id, notebook_id, title, body, status,
                                             archived, notebook_archived, workspace_archived, config, version,
                                             updated_at, terms)
                SELECT v.id, v.type, v.tenant, w.workspace_id, v.notebook, v.title, v.body, v.status, false,
                       COALESCE((SELECT n.archived FROM search_document n WHERE n.doc_id = v.notebook), false),
                       w.archived, w.config, v.version, v.at, %s
                FROM (SELECT CAST(? AS uuid) AS id, CAST(? AS text) AS type, CAST(? AS uuid) AS tenant,
                             CAST(? AS uuid) AS notebook, CAST(? AS text) AS title, CAST(? AS text) AS body,
                             CAST(? AS text) AS status, CAST(? AS bigint) AS version,
                             CAST(? AS timestamptz) AS at) v
                JOIN search_workspace w ON w.workspace_id = ?
                ON CONFLICT (doc_id) DO NOTHING""".formatted(terms),
                doc.id(), doc.type(), doc.tenant(), doc.notebook(), doc.title(), SearchText.indexable(doc.body()),
                doc.status(), doc.version(), from(doc.at()), doc.workspace());
    }

    void rewrite(UUID id, String title, String body, long version, Instant at) {
        jdbc.update("UPDATE search_document d SET title = v.title, body = v.body, terms = "
                        + termsAt(at, "d.config", "v.title", "v.body", "d.tenant_id") + ", version = ?, updated_at = ? "
                        + "FROM (SELECT CAST(? AS text) AS title, CAST(? AS text) AS body) v "
                        + "WHERE d.doc_id = ? AND d.version < ?",
                version, from(at), title, SearchText.indexable(body), id, version);
    }

    void retitle(UUID id, String title, long version, Instant at) {
        jdbc.update("UPDATE search_document d SET title = v.title, terms = "
                        + termsAt(at, "d.config", "v.title", "d.body", "d.tenant_id") + ", version = ?, updated_at = ? "
                        + "FROM (SELECT CAST(? AS text) AS title) v WHERE d.doc_id = ? AND d.version < ?",
                version, from(at), title, id, version);
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
