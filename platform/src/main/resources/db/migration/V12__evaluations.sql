-- Evaluations of projections (docs/replay-and-evaluation.md): a replay into an isolated schema compared with the
-- live read model. Kept after they end, with their report; the schemas they built are dropped.
CREATE TABLE evaluation (
    evaluation_id  UUID        PRIMARY KEY,
    projection     TEXT        NOT NULL,
    tenant_id      UUID,
    up_to          TEXT,
    status         TEXT        NOT NULL,
    position       BIGINT      NOT NULL DEFAULT 0,
    target         BIGINT      NOT NULL DEFAULT 0,
    report         JSONB,
    failure        TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ
);
CREATE INDEX evaluation_by_creation ON evaluation (created_at DESC, evaluation_id DESC);
