-- The saga read model: one row per saga run and one per step, written by the sagas in their own transactions.
CREATE TABLE saga_run (
    saga_type  TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    tenant_id  UUID        NOT NULL,
    state      TEXT        NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at   TIMESTAMPTZ,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (saga_type, subject)
);
CREATE INDEX saga_run_by_state ON saga_run (state, started_at, saga_type, subject);

CREATE TABLE saga_step (
    saga_type  TEXT        NOT NULL,
    subject    TEXT        NOT NULL,
    step       TEXT        NOT NULL,
    status     TEXT        NOT NULL,
    attempts   INTEGER     NOT NULL,
    detail     TEXT,
    first_at   TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (saga_type, subject, step)
);
