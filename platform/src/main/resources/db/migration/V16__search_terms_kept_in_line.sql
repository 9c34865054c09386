-- A search reads the terms of every match it checks: a phrase rechecks each candidate's positions, and every search
-- ranks up to quire.search.max-ranked matches. Terms of about 2 kB and more (a page of some 600 characters) were
-- moved to the TOAST table, so that each of those reads cost a TOAST index probe and one or two more page reads:
-- a phrase over 12,000 candidates in a tenant of 66,000 pages read 47,000 buffers and took 44 ms, and 30 ms with the
-- terms in line. MAIN keeps them in the row, compressed when the row is still too large once the body has been moved
-- out (only the page of results reads the body, for its snippets), and out of line only when nothing else fits.
-- The change applies to documents as they are written; a rebuild of the search index applies it to all
-- (docs/search.md, "Speed").
ALTER TABLE search_document ALTER COLUMN terms SET STORAGE MAIN;

-- LZ4 decompresses several times faster than PostgreSQL's own method; a server built without it keeps the default.
DO $$
BEGIN
    ALTER TABLE search_document ALTER COLUMN terms SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this server has no LZ4: search terms keep the default compression';
END $$;
