-- The search projection writes a document's terms itself instead of PostgreSQL deriving them on every write. As a
-- generated column, the terms were computed again by every UPDATE of the row, a decision's status or an archive
-- flag included, and a rebuild computed them once per edit of a page: nine events in ten of a typical history are
-- page edits, so a page edited eight times was indexed eight times. Now:
--   * live writes compute the terms in the same statement, from the same expression as before;
--   * writes of events older than quire.search.defer-terms-after (a rebuild, a first start on an existing history,
--     catching up after an outage) leave them NULL, and Quire fills them in once, from each document's final
--     state, when the catch-up pauses; a blue-green rebuild fills its copy before the swap;
--   * writes that change neither title, body nor configuration leave the terms as they are.
-- (docs/adr/009-search-index.md, docs/search.md "Speed").

-- The terms of one document: the title weighted A and the body B, stemmed with the document's configuration, their
-- words unstemmed ('simple') C and D for prefixes, every lexeme tagged with the tenant's bucket (V14). The search
-- path is fixed, so that the function also works where a rebuild leaves only its own schema on the path.
CREATE FUNCTION search_terms(config REGCONFIG, title TEXT, body TEXT, tenant UUID) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path FROM CURRENT AS $$
    SELECT search_tagged(
        setweight(to_tsvector(config, translate(title, E'<>\uE000\uE001\uE002\uE003', E'\uE002\uE003')), 'A')
        || setweight(to_tsvector(config, body), 'B')
        || setweight(to_tsvector('simple', translate(title, E'<>\uE000\uE001\uE002\uE003', E'\uE002\uE003')), 'C')
        || setweight(to_tsvector('simple', body), 'D'), search_tag(tenant))
$$;

-- The values stay; the column becomes an ordinary one, NULL while its document waits to be indexed.
ALTER TABLE search_document ALTER COLUMN terms DROP EXPRESSION;
ALTER TABLE search_document ALTER COLUMN terms DROP NOT NULL;

-- Finds the documents waiting for their terms; empty, and so free to keep, outside a catch-up.
CREATE INDEX search_document_terms_pending ON search_document (doc_id) WHERE terms IS NULL;
