-- Full-text search over pages, notebooks and decisions (docs/search.md, docs/adr/009-search-index.md).

-- btree_gin lets one GIN index hold the tenant id next to the terms, so that a tenant's search intersects its own
-- postings inside the index. It is a trusted extension: the owner of the database may create it.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The search language of each workspace, as the workspaces' events set it, with the workspace's search language
-- also shown in the workspace view.
ALTER TABLE workspace_view ADD COLUMN search_language TEXT NOT NULL DEFAULT 'english';

-- Written by the "search" processing group: each workspace's language as configured, and the text search
-- configuration the server uses for it ('simple' when it does not know the configured one).
CREATE TABLE search_workspace (
    workspace_id UUID      PRIMARY KEY,
    tenant_id    UUID      NOT NULL,
    language     TEXT      NOT NULL,
    config       REGCONFIG NOT NULL,
    archived     BOOLEAN   NOT NULL,
    version      BIGINT    NOT NULL
);
CREATE INDEX search_workspace_by_tenant ON search_workspace (tenant_id, config);

-- One row per searchable page, notebook or decision. The body holds at most its first 100,000 characters, with
-- '<' and '>' replaced by U+E002 and U+E003 and U+E000 to U+E003 removed (io.quire.query.search.SearchText): the
-- text search parser drops whatever looks like an HTML tag, so this keeps such text searchable and in snippets.
-- The terms are derived from title, body and config: the title weighted A and the body B, stemmed with the
-- workspace's configuration, and their words unstemmed ('simple') weighted C and D, for prefix matching.
CREATE TABLE search_document (
    doc_id             UUID        PRIMARY KEY,
    doc_type           TEXT        NOT NULL CHECK (doc_type IN ('page', 'notebook', 'decision')),
    tenant_id          UUID        NOT NULL,
    workspace_id       UUID        NOT NULL,
    notebook_id        UUID,
    title              TEXT        NOT NULL,
    body               TEXT        NOT NULL,
    status             TEXT,
    archived           BOOLEAN     NOT NULL,
    notebook_archived  BOOLEAN     NOT NULL,
    workspace_archived BOOLEAN     NOT NULL,
    config             REGCONFIG   NOT NULL,
    version            BIGINT      NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    terms              TSVECTOR    NOT NULL GENERATED ALWAYS AS (
        setweight(to_tsvector(config, translate(title, E'<>\uE000\uE001\uE002\uE003', E'\uE002\uE003')), 'A')
        || setweight(to_tsvector(config, body), 'B')
        || setweight(to_tsvector('simple', translate(title, E'<>\uE000\uE001\uE002\uE003', E'\uE002\uE003')), 'C')
        || setweight(to_tsvector('simple', body), 'D')) STORED
);
CREATE INDEX search_document_terms ON search_document USING gin (tenant_id, terms);
CREATE INDEX search_document_by_workspace ON search_document (workspace_id);
CREATE INDEX search_document_by_notebook ON search_document (notebook_id) WHERE notebook_id IS NOT NULL;

-- Builds the tsquery of a parsed search (io.quire.query.search.SearchSyntax) for one text search configuration.
-- Terms i with the same groups[i] must all match (AND); the groups are alternatives (OR). A word or phrase is
-- normalised with the configuration; a prefix matches the unstemmed words (weights C and D). excluded[i] negates a
-- term. A group left without a positive term (its words were all stop words) is dropped, since it would match
-- nearly everything. NULL when nothing is left to look for, which matches nothing. User text only ever reaches
-- phraseto_tsquery, or to_tsquery as one quoted and escaped operand. Stop-word notices stay out of client logs.
CREATE FUNCTION search_tsquery(config REGCONFIG, terms TEXT[], prefixes BOOLEAN[], excluded BOOLEAN[],
                               groups INTEGER[]) RETURNS TSQUERY
    LANGUAGE plpgsql STABLE PARALLEL SAFE SET client_min_messages = warning AS $$
DECLARE
    result      TSQUERY;
    conjunction TSQUERY;
    positive    BOOLEAN := false;
    term        TSQUERY;
BEGIN
    FOR i IN 1 .. coalesce(array_length(terms, 1), 0) LOOP
        IF i > 1 AND groups[i] IS DISTINCT FROM groups[i - 1] THEN
            IF positive THEN
                result := CASE WHEN result IS NULL THEN conjunction ELSE result || conjunction END;
            END IF;
            conjunction := NULL;
            positive := false;
        END IF;
        IF prefixes[i] THEN
            term := to_tsquery('simple', '''' || replace(replace(terms[i], '\', '\\'), '''', '''''') || ''':*CD');
        ELSE
            term := phraseto_tsquery(config, terms[i]);
        END IF;
        IF numnode(term) > 0 THEN
            IF excluded[i] THEN
                term := !! term;
            ELSE
                positive := true;
            END IF;
            conjunction := CASE WHEN conjunction IS NULL THEN term ELSE conjunction && term END;
        END IF;
    END LOOP;
    IF positive THEN
        result := CASE WHEN result IS NULL THEN conjunction ELSE result || conjunction END;
    END IF;
    RETURN result;
END $$;
