-- The activity dashboard, written by the "activity" processing group from every event of every tenant. Hours are
-- UTC hours; a day is the sum of its 24 UTC hours, computed by the query.
CREATE TABLE activity_hour (
    tenant_id  UUID        NOT NULL,
    hour       TIMESTAMPTZ NOT NULL,
    event_type TEXT        NOT NULL,
    events     BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, hour, event_type)
);

-- Titles as the dashboard shows them, and the notebook each page is in (its events count for that notebook too).
CREATE TABLE activity_page (
    page_id     UUID   PRIMARY KEY,
    tenant_id   UUID   NOT NULL,
    notebook_id UUID   NOT NULL,
    title       TEXT   NOT NULL,
    version     BIGINT NOT NULL
);

CREATE TABLE activity_notebook (
    notebook_id UUID   PRIMARY KEY,
    tenant_id   UUID   NOT NULL,
    title       TEXT   NOT NULL,
    version     BIGINT NOT NULL
);

CREATE TABLE activity_page_hour (
    tenant_id UUID        NOT NULL,
    hour      TIMESTAMPTZ NOT NULL,
    page_id   UUID        NOT NULL,
    events    BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, hour, page_id)
);

CREATE TABLE activity_notebook_hour (
    tenant_id   UUID        NOT NULL,
    hour        TIMESTAMPTZ NOT NULL,
    notebook_id UUID        NOT NULL,
    events      BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, hour, notebook_id)
);

-- Every declined attempt to collect an invoice, for the billing dashboards; written by "payment-failures".
CREATE TABLE payment_failure (
    invoice_id    UUID        NOT NULL,
    attempt       INTEGER     NOT NULL,
    tenant_id     UUID        NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL,
    final_attempt BOOLEAN     NOT NULL,
    PRIMARY KEY (invoice_id, attempt)
);
CREATE INDEX payment_failure_by_tenant ON payment_failure (tenant_id, at, invoice_id);
