-- Every lexeme of a document's terms starts with its tenant's bucket tag: two capital letters derived from the tenant
-- id. A prefix search then reads only the words of the tenants in its bucket (one in 676) from the index, instead of
-- every tenant's words that share the prefix; an exact word reads its bucket's postings only. Text search
-- configurations fold words to lower case, so a tag can never be mistaken for part of a word. The tenant id stays in
-- the index and in every search, so a bucket shared by several tenants never lets one see another's documents
-- (docs/adr/009-search-index.md, docs/search.md "Speed").

-- The bucket tag of a tenant.
CREATE FUNCTION search_tag(tenant UUID) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT chr(65 + get_byte(uuid_send(tenant), 0) % 26) || chr(65 + get_byte(uuid_send(tenant), 1) % 26)
$$;

-- The text forms of tsvector and tsquery quote every lexeme ('it''s'), and nothing else is quoted in them, so the tag
-- goes after each opening quote; positions, weights and operators are left as they are.
CREATE FUNCTION search_tagged(words TSVECTOR, tag TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CAST(regexp_replace(CAST(words AS TEXT), '''((?:[^'']|'''')*)''', '''' || tag || '\1''', 'g') AS TSVECTOR)
$$;

CREATE FUNCTION search_tagged(query TSQUERY, tag TEXT) RETURNS TSQUERY
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CAST(regexp_replace(CAST(query AS TEXT), '''((?:[^'']|'''')*)''', '''' || tag || '\1''', 'g') AS TSQUERY)
$$;

-- Rewrites the table once; the index on the terms goes with the old column and is built again below.
ALTER TABLE search_document DROP COLUMN terms;
ALTER TABLE search_document ADD COLUMN terms TSVECTOR NOT NULL GENERATED ALWAYS AS (search_tagged(
        setweight(to_tsvector(config, translate(title, E'<>\uE000\uE001\uE002\uE003', E'\uE002\uE003')), 'A')
        || setweight(to_tsvector(config, body), 'B')
        || setweight(to_tsvector('simple', translate(title, E'<>\uE000\uE001\uE002\uE003', E'\uE002\uE003')), 'C')
        || setweight(to_tsvector('simple', body), 'D'), search_tag(tenant_id))) STORED;
CREATE INDEX search_document_terms_by_config ON search_document USING gin (tenant_id, CAST(config AS oid), terms);
