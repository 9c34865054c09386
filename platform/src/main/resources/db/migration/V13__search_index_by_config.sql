-- A tenant whose workspaces use several search languages searches once per text search configuration. With the
-- configuration in the index, each of those searches reads only its own documents from the table, instead of every
-- match of the tenant and dropping the others' afterwards (docs/search.md, "Speed").
CREATE INDEX search_document_terms_by_config ON search_document USING gin (tenant_id, CAST(config AS oid), terms);
DROP INDEX search_document_terms;
