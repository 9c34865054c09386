package io.quire.query.search;

/**
 * The SQL of a search, for the endpoint and for the benchmark that measures it. Its shape depends only on which
 * filters are present, never on what was typed: the terms of {@link SearchSyntax} and every filter value are bound
 * parameters ({@code :name}).
 * <p>
 * How it stays fast for one tenant in a large table: the tenant's text search configurations are few (one per
 * search language its workspaces use), so the query is built once per configuration, and each one probes the GIN
 * index on {@code (tenant_id, config, terms)}, where the tenant's postings, its configuration's and the terms' meet
 * inside the index. Every lexeme in the index carries the tenant's bucket tag ({@code search_tag}), so a prefix
 * reads only the words of its bucket's tenants, not of all of them; the query is tagged the same way, and its
 * untagged form ({@code shown}) marks the snippets. The queries are materialised, so that each is built once rather
 * than once per match. At most {@code candidates} matches per configuration are ranked, so that a common word in a
 * large tenant costs a bounded time; {@code partial} says a configuration had more. Ranking carries only ids and
 * terms; the page of results is joined back for its other columns and gets snippets, so that no body is read or
 * sorted for a match that is not shown.
 *
 * <p>Parameters: {@code tenant} (uuid), {@code terms} (text[]), {@code prefixes}, {@code excluded} (boolean[]),
 * {@code groups} (integer[]), {@code limit} (integer), {@code candidates} (integer), and as the shape asks
 * {@code type} (text), {@code workspace} (uuid), {@code afterRank} (real) with {@code afterId} (uuid).
 */
public final class SearchStatement {

    /**
     * Rank weights for D, C, B, A: stemmed title terms (A) count most, then stemmed body terms (B); the unstemmed
     * words that prefixes match count a tenth of their stemmed kin.
     */
    static final String WEIGHTS = "{0.04, 0.1, 0.4, 1.0}";

    private SearchStatement() {
    }

    /** Which optional parts a search has. */
    public record Shape(boolean byType, boolean byWorkspace, boolean includeArchived, boolean afterCursor) {
    }

    public static String sql(Shape shape) {
        String inWorkspace = shape.byWorkspace() ? "AND workspace_id = :workspace" : "";
        return """
                WITH queries AS MATERIALIZED (
                    SELECT config, shown, search_tagged(shown, search_tag(:tenant)) AS query
                    FROM (SELECT c.config,
                                 search_tsquery(c.config, CAST(:terms AS text[]), CAST(:prefixes AS boolean[]),
                                                CAST(:excluded AS boolean[]), CAST(:groups AS integer[])) AS shown
                          FROM (SELECT DISTINCT config FROM search_workspace WHERE tenant_id = :tenant %s) c) built
                ), ranked AS (
                    SELECT d.doc_id, d.config, q.shown,
                           CAST(ts_rank_cd('%s', d.terms, q.query, 32) AS real) AS rank,
                           count(*) OVER (PARTITION BY q.config) AS found
                    FROM queries q
                    CROSS JOIN LATERAL (
                        SELECT doc_id, config, terms
                        FROM search_document
                        WHERE tenant_id = :tenant AND CAST(config AS oid) = CAST(q.config AS oid)
                              AND terms @@ q.query %s %s %s
                        LIMIT :candidates) d
                ), page AS (
                    SELECT * FROM (SELECT *, bool_or(found >= :candidates) OVER () AS partial FROM ranked) r %s
                    ORDER BY rank DESC, doc_id DESC
                    LIMIT :limit
                )
                SELECT d.doc_type, d.doc_id, d.workspace_id, d.notebook_id, d.title, d.status, d.updated_at,
                       d.archived OR d.notebook_archived OR d.workspace_archived AS archived, p.rank, p.partial,
                       ts_headline(p.config, %s, p.shown, '%s') AS snippet
                FROM page p JOIN search_document d ON d.doc_id = p.doc_id
                ORDER BY p.rank DESC, p.doc_id DESC"""
                .formatted(inWorkspace, WEIGHTS,
                        shape.byType() ? "AND doc_type = :type" : "",
                        shape.byWorkspace() ? "AND workspace_id = :workspace" : "",
                        shape.includeArchived() ? ""
                                : "AND NOT (archived OR notebook_archived OR workspace_archived)",
                        shape.afterCursor() ? "WHERE (rank, doc_id) < (CAST(:afterRank AS real), :afterId)" : "",
                        snippetSource(), SearchText.HEADLINE_OPTIONS);
    }

    /** A notebook has no body, so its snippet is its title, with angle brackets kept as the body keeps them. */
    private static String snippetSource() {
        return "CASE WHEN body = '' THEN translate(title, '<>" + SearchText.MARK_START + SearchText.MARK_END
                + SearchText.LESS_THAN + SearchText.GREATER_THAN + "', '" + SearchText.LESS_THAN
                + SearchText.GREATER_THAN + "') ELSE body END";
    }
}
