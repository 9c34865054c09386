-- Decisions, their votes and the pages they link to; written by the "decisions" processing group.
CREATE TABLE decision_view (
    decision_id   UUID        PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    workspace_id  UUID        NOT NULL,
    title         TEXT        NOT NULL,
    context       TEXT        NOT NULL,
    options       TEXT[]      NOT NULL,
    chosen_option TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    quorum        INTEGER     NOT NULL,
    approvals     INTEGER     NOT NULL,
    approvers     TEXT[]      NOT NULL,
    proposed_by   TEXT        NOT NULL,
    proposed_at   TIMESTAMPTZ NOT NULL,
    decided_at    TIMESTAMPTZ,
    supersedes    UUID,
    superseded_by UUID,
    version       BIGINT      NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX decision_view_by_workspace ON decision_view (tenant_id, workspace_id, proposed_at, decision_id);
CREATE INDEX decision_view_by_status ON decision_view (tenant_id, workspace_id, status, proposed_at, decision_id);

-- One vote per approver and decision; the version is the decision's version the vote produced.
CREATE TABLE decision_vote (
    decision_id UUID        NOT NULL,
    approver    TEXT        NOT NULL,
    tenant_id   UUID        NOT NULL,
    vote        TEXT        NOT NULL,
    reason      TEXT,
    at          TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (decision_id, approver)
);

-- Links never change after the proposal, so proposed_at is copied here to list a page's decisions in order.
CREATE TABLE decision_page_link (
    decision_id UUID        NOT NULL,
    page_id     UUID        NOT NULL,
    tenant_id   UUID        NOT NULL,
    position    INTEGER     NOT NULL,
    proposed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (decision_id, page_id)
);
CREATE INDEX decision_page_link_by_page ON decision_page_link (tenant_id, page_id, proposed_at, decision_id);
