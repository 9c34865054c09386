-- Written in the same transaction as the tenant events (subscribing processor), read by authentication.
CREATE TABLE tenant_directory (
    tenant_id  UUID        PRIMARY KEY,
    name       TEXT        NOT NULL,
    plan       TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE api_key_credential (
    key_id       UUID        PRIMARY KEY,
    tenant_id    UUID        NOT NULL REFERENCES tenant_directory (tenant_id),
    name         TEXT        NOT NULL,
    prefix       TEXT        NOT NULL,
    key_hash     TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_key_credential_by_tenant ON api_key_credential (tenant_id, created_at, key_id);

-- Answers of creating requests, kept so that a retry with the same Idempotency-Key gets the same answer.
CREATE TABLE idempotency_record (
    scope         TEXT        NOT NULL,
    idem_key      TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,
    state         TEXT        NOT NULL,
    status_code   INTEGER,
    response_body TEXT,
    location      TEXT,
    etag          TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
