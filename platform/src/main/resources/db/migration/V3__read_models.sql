-- Tenant-scoped read models. Every row carries tenant_id and every query filters on it.
CREATE TABLE workspace_view (
    workspace_id UUID        PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    name         TEXT        NOT NULL,
    archived     BOOLEAN     NOT NULL,
    version      BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT
);
CREATE INDEX workspace_view_by_tenant ON workspace_view (tenant_id, created_at, workspace_id);

CREATE TABLE notebook_view (
    notebook_id  UUID        PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    workspace_id UUID        NOT NULL,
    title        TEXT        NOT NULL,
    archived     BOOLEAN     NOT NULL,
    version      BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT
);
CREATE INDEX notebook_view_by_workspace ON notebook_view (tenant_id, workspace_id, created_at, notebook_id);

CREATE TABLE page_view (
    page_id      UUID        PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    workspace_id UUID        NOT NULL,
    notebook_id  UUID        NOT NULL,
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    archived     BOOLEAN     NOT NULL,
    version      BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT
);
CREATE INDEX page_view_by_notebook ON page_view (tenant_id, notebook_id, created_at, page_id);

CREATE TABLE page_version (
    page_id      UUID        NOT NULL,
    version      BIGINT      NOT NULL,
    tenant_id    UUID        NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    by_principal TEXT,
    title        TEXT        NOT NULL,
    change       TEXT        NOT NULL,
    PRIMARY KEY (page_id, version)
);
