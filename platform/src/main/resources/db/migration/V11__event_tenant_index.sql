-- The tenant of each stored event, for the audit trail, time travel and stream resumption
-- (docs/adr/011-tenant-index-and-live-updates.md). Axon's event table has no tenant column; an expression index
-- reads the tenant from what every event already carries, so nothing on the write path changes but one index entry.
--
-- The tenant is the metadata's tenantId (stamped by command dispatch and copied onto every event), or else the
-- payload's tenantId.value (events published outside a command, such as API usage). Both columns hold JSON written by
-- Jackson (ADR 001); bytes that are not JSON make the append fail rather than vanish from the audit, so a change of
-- event serializer must replace this function first.
--
-- IMMUTABLE is a promise kept: the answer depends on the two byte strings alone (convert_from is only STABLE because of
-- encodings in general; these bytes are always UTF-8).
CREATE FUNCTION quire_event_tenant(payload BYTEA, meta_data BYTEA) RETURNS UUID
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
DECLARE
    uuid_shape CONSTANT TEXT := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
    candidate TEXT;
BEGIN
    IF meta_data IS NOT NULL THEN
        candidate := convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId';
        IF candidate ~ uuid_shape THEN
            RETURN candidate::uuid;
        END IF;
    END IF;
    candidate := convert_from(payload, 'UTF8')::jsonb -> 'tenantId' ->> 'value';
    IF candidate ~ uuid_shape THEN
        RETURN candidate::uuid;
    END IF;
    RETURN NULL;
END
$$;

-- A tenant's events in stream order. On a large existing store, build it by hand first with
-- CREATE INDEX CONCURRENTLY under the same name; this statement then finds it and does nothing.
CREATE INDEX IF NOT EXISTS domain_event_entry_tenant
    ON domain_event_entry (quire_event_tenant(payload, meta_data), global_index);
