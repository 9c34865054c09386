// The shapes of Quire's API (README and the API contracts in docs). Times are ISO-8601 instants.

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CommandAck {
  id: string;
  version: number;
  consistency: string;
}

export interface Workspace {
  id: string;
  name: string;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  searchLanguage?: string;
}

export interface Notebook {
  id: string;
  workspaceId: string;
  title: string;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  asOf?: string;
}

export interface PageSummary {
  id: string;
  title: string;
  archived: boolean;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface Page extends PageSummary {
  workspaceId: string;
  notebookId: string;
  body: string;
  createdAt: string;
  asOf?: string;
}

export interface PageVersion {
  version: number;
  at: string;
  by: string;
  title: string;
  change: string;
}

export interface PageAtVersion {
  id: string;
  version: number;
  notebookId: string;
  title: string;
  body: string;
  archived: boolean;
  at: string;
  by: string;
}

export interface PageDiff {
  id: string;
  from: number;
  to: number;
  diff: string;
}

export type DecisionStatus = 'proposed' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';
export const DECISION_STATUSES: DecisionStatus[] = ['proposed', 'approved', 'rejected', 'withdrawn', 'superseded'];

export interface DecisionSummary {
  id: string;
  workspaceId: string;
  title: string;
  chosenOption: string;
  status: DecisionStatus;
  quorum: number;
  approvals: number;
  proposedBy: string;
  proposedAt: string;
  decidedAt: string | null;
  version: number;
}

export interface DecisionVote {
  approver: string;
  vote: 'approve' | 'reject';
  reason: string | null;
  at: string;
}

export interface Decision extends DecisionSummary {
  context: string | null;
  options: string[];
  approvers: string[];
  votes: DecisionVote[];
  pageIds: string[];
  supersedes: string | null;
  supersededBy: string | null;
  updatedAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface IssuedApiKey {
  id: string;
  name: string;
  prefix: string;
  apiKey: string;
}

export interface PlanTerms {
  code: string;
  name: string;
  monthlyPriceMinor: number;
  currency: string;
  pageQuota: number;
  memberQuota: number;
  apiCallsPerMinute: number;
  pageOveragePrice: number;
}

export interface Usage {
  meter: string;
  used: number;
  quota: number;
  percent?: number;
}

/** The account's latest abandoned plan change; `reason` is the decline code or why activation was refused. */
export interface CancelledPlanChange {
  changeId: string;
  plan: string;
  reason: string;
  at: string;
}

export interface PendingPlanChange {
  changeId: string;
  plan: string;
  kind: string;
  effectiveAt: string | null;
}

export interface Billing {
  accountId: string;
  status: string;
  plan: PlanTerms;
  pendingChange: PendingPlanChange | null;
  lastCancelledChange: CancelledPlanChange | null;
  paymentMethod: string | null;
  periodStart: string;
  periodEnd: string;
  usage: Usage[];
  version: number;
}

export interface InvoiceLine {
  description: string;
  quantity: number;
  unitPrice: number;
  amountMinor: number;
}

export interface Invoice {
  invoiceId: string;
  kind: string;
  status: string;
  periodStart: string | null;
  periodEnd: string | null;
  lines: InvoiceLine[];
  total: string;
  totalMinor: number;
  currency: string;
  attempts: number;
  lastFailure: string | null;
  chargeId: string | null;
  refundId: string | null;
  issuedAt: string;
  paidAt: string | null;
  version: number;
}

export interface PlanChangeAccepted {
  changeId: string;
  plan: string;
  version: number;
  consistency: string;
}

// Search

export interface SearchHit {
  type: 'page' | 'notebook' | 'decision';
  id: string;
  workspaceId: string;
  notebookId: string | null;
  title: string;
  snippet: string;
  rank: number;
  updatedAt: string;
  /** A decision's status; null for pages and notebooks. */
  status?: string | null;
  archived?: boolean;
}

// Dashboards

export interface ActivityDashboard {
  from: string;
  to: string;
  bucket: 'hour' | 'day';
  buckets: { start: string; total: number; byType: Record<string, number> }[];
  topPages: { pageId: string; title: string; events: number }[];
  topNotebooks: { notebookId: string; title: string; events: number }[];
}

export interface DecisionDashboard {
  byStatus: Record<DecisionStatus, number>;
  timeToDecision: { decided: number; medianSeconds: number | null; p90Seconds: number | null };
  waitedOn: { approver: string; pending: number; oldestSince: string }[];
}

export interface BillingDashboard {
  currency: string;
  mrrMinor: number;
  plan: string;
  status: string;
  usage: Usage[];
  invoices: { byStatus: Record<string, number>; outstandingMinor: number };
  failedPayments: { count: number; recent: { invoiceId: string; at: string; reason: string }[] };
}

export interface AdminBillingDashboard {
  mrr: { currency: string; amountMinor: number }[];
  tenantsByStatus: Record<string, number>;
  tenants: { tenantId: string; name: string; plan: string; status: string; mrrMinor: number; currency: string }[];
  failedPayments: { count: number };
}

export interface ProcessorStatus {
  name: string;
  status: string;
  position: number | null;
  head: number | null;
  lagEvents: number | null;
  lagSeconds: number | null;
  eventsPerSecond: number | null;
}

export interface PlatformDashboard {
  processors: ProcessorStatus[];
  deadLetters: { total: number };
  sagas: { running: number; completed: number; compensated: number };
  circuitBreakers: { name: string; state: string }[];
}

// Live stream, audit, time travel

export interface StreamMessage {
  topic: string;
  type?: string;
  aggregateId?: string;
  workspaceId?: string | null;
  version?: number | null;
  position: number;
  at: string;
}

export interface AuditEntry {
  position: number;
  type: string;
  aggregateType: string | null;
  aggregateId: string | null;
  version: number | null;
  at: string;
  principal: string | null;
  correlationId: string | null;
  causationId: string | null;
  summary: string;
}

export interface WorkspaceSnapshot {
  asOf: string;
  workspace: { workspaceId: string; name: string; version: number };
  notebooks: {
    notebookId: string;
    title: string;
    archived: boolean;
    version: number;
    pages: { pageId: string; title: string; version: number; archived: boolean }[];
  }[];
  decisions: { decisionId: string; title: string; status: string; version: number }[];
}

// Admin: sagas, dead letters, projections, evaluations

export interface SagaStep {
  step: string;
  status: string;
  attempts: number;
  detail: string | null;
  firstAt: string;
  updatedAt: string;
}

export interface Saga {
  type: string;
  subject: string;
  tenantId: string | null;
  state: 'running' | 'completed' | 'compensated';
  startedAt: string;
  endedAt: string | null;
  compensations: number;
  steps: SagaStep[];
}

export type ProjectionState = 'running' | 'replaying' | 'rebuilding' | 'stopped' | 'error';

export interface Projection {
  name: string;
  status: ProjectionState;
  position: number | null;
  head: number | null;
  percent: number | null;
  eventsPerSecond: number | null;
  etaSeconds: number | null;
  tables: string[];
  /** Whether it may be replayed, rebuilt and evaluated; {@link refusal} says why not. */
  replayable?: boolean;
  refusal?: string | null;
  lastFailure?: string | null;
  /** Rows a catch-up left to complete (the search index's documents waiting for their terms); null if it leaves none. */
  pendingRows?: number | null;
}

export interface EvaluationTableReport {
  table: string;
  liveRows: number;
  replayedRows: number;
  missing: number;
  extra: number;
  different: number;
  examples: {
    missing: Record<string, unknown>[];
    extra: Record<string, unknown>[];
    different: { key: unknown; live: Record<string, unknown>; replayed: Record<string, unknown> }[];
  };
}

export interface Evaluation {
  evaluationId: string;
  projection: string;
  tenant: string | null;
  upTo: string | null;
  status: 'running' | 'done' | 'failed';
  failure?: string | null;
  createdAt?: string;
  finishedAt?: string | null;
  progress: { position: number | null; head: number | null; percent: number | null };
  report: { equal: boolean; tables: EvaluationTableReport[] } | null;
}
