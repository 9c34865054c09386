-- Where billing and decision mail goes: the tenant's contact and each key holder (both optional).
ALTER TABLE tenant_directory ADD COLUMN contact_email TEXT;
ALTER TABLE api_key_credential ADD COLUMN email TEXT;

-- Each tenant's billing account as of its latest event; written by the "billing" processing group.
CREATE TABLE billing_account_view (
    tenant_id            UUID        PRIMARY KEY,
    account_id           UUID        NOT NULL UNIQUE,
    status               TEXT        NOT NULL,
    plan                 JSONB       NOT NULL,
    pending_change_id    UUID,
    pending_plan         TEXT,
    pending_kind         TEXT,
    pending_effective_at TIMESTAMPTZ,
    payment_method       TEXT,
    period_start         TIMESTAMPTZ NOT NULL,
    period_end           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);

-- Usage per tenant, metered from events. Counters are exact because the processor's token commits with them.
CREATE TABLE usage_meter (
    tenant_id             UUID        PRIMARY KEY,
    active_pages          BIGINT      NOT NULL DEFAULT 0,
    pages_created         BIGINT      NOT NULL DEFAULT 0,
    active_members        BIGINT      NOT NULL DEFAULT 0,
    api_calls             BIGINT      NOT NULL DEFAULT 0,
    peak_calls_per_minute BIGINT      NOT NULL DEFAULT 0,
    period_start          TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ NOT NULL
);

CREATE TABLE invoice_view (
    invoice_id     UUID        PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    kind           TEXT        NOT NULL,
    status         TEXT        NOT NULL,
    period_start   TIMESTAMPTZ NOT NULL,
    period_end     TIMESTAMPTZ NOT NULL,
    lines          JSONB       NOT NULL,
    total_minor    BIGINT      NOT NULL,
    currency       TEXT        NOT NULL,
    attempts       INTEGER     NOT NULL DEFAULT 0,
    last_failure   TEXT,
    charge_id      TEXT,
    refund_id      TEXT,
    issued_at      TIMESTAMPTZ NOT NULL,
    paid_at        TIMESTAMPTZ,
    version        BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX invoice_view_by_tenant ON invoice_view (tenant_id, issued_at, invoice_id);
