import type { Billing, Invoice } from '../../api/types';

export type StepState = 'done' | 'active' | 'waiting' | 'failed';

export interface PlanChangeStep {
  label: string;
  state: StepState;
  detail?: string;
}

export interface TrackedChange {
  changeId: string;
  plan: string;
  fromPlan: string;
  requestedAt: string;
}

export interface PlanChangeProgress {
  steps: PlanChangeStep[];
  /** True once nothing more will happen that a tenant can see. */
  settled: boolean;
  outcome: 'pending' | 'scheduled' | 'activated' | 'cancelled';
}

/**
 * Reads what a tenant can see of a plan change from its billing account and invoices: the pending change while the
 * saga charges, the plan once activated, the pro-rata invoice as the receipt, or the account's record of the
 * cancelled change with its reason (and the refund if money was taken). The saga's own steps and the mails are visible to operators only.
 */
/**
 * How long after the request an activated change without a pro-rata invoice in sight is still watched: the invoice
 * comes from a projection of its own and can show up a moment after the plan does.
 */
export const INVOICE_GRACE_MS = 20_000;

export function planChangeProgress(change: TrackedChange, billing: Billing, invoices: Invoice[],
  now: number = Date.now()): PlanChangeProgress {
  const pending = billing.pendingChange?.changeId === change.changeId ? billing.pendingChange : null;
  const active = billing.plan.code === change.plan;
  const since = new Date(change.requestedAt).getTime() - 60_000;
  const proration = invoices
    .filter((invoice) => invoice.kind === 'proration' && new Date(invoice.issuedAt).getTime() >= since)
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0];
  const requested: PlanChangeStep = { label: `Change to ${change.plan} requested`, state: 'done' };
  const cancelled = billing.lastCancelledChange?.changeId === change.changeId ? billing.lastCancelledChange : null;
  const underWay: PlanChangeProgress = {
    outcome: 'pending',
    settled: false,
    steps: [requested, { label: 'Charging the pro-rata difference', state: 'active' },
      { label: 'Plan activated', state: 'waiting' }, { label: 'Receipt', state: 'waiting' }],
  };

  if (pending && pending.kind !== 'upgrade') {
    return {
      outcome: 'scheduled',
      settled: true,
      steps: [requested, {
        label: 'Scheduled for the end of the period',
        state: 'active',
        detail: pending.effectiveAt ? `takes effect ${new Date(pending.effectiveAt).toLocaleString()}` : undefined,
      }],
    };
  }
  if (pending) return underWay;
  if (active) {
    const paid = proration?.status === 'paid';
    const awaitingInvoice = !proration && now - new Date(change.requestedAt).getTime() < INVOICE_GRACE_MS;
    return {
      outcome: 'activated',
      settled: paid || (!proration && !awaitingInvoice),
      steps: [requested,
        { label: 'Charged', state: proration ? (paid ? 'done' : 'active') : awaitingInvoice ? 'active' : 'done',
          detail: proration ? `${proration.total} ${proration.currency}`
            : awaitingInvoice ? 'waiting for the invoice' : 'nothing to charge' },
        { label: `Plan ${change.plan} active`, state: 'done' },
        { label: 'Receipt', state: paid ? 'done' : proration || awaitingInvoice ? 'active' : 'done',
          detail: paid ? 'the paid invoice is below; the receipt mail goes to your billing contact' : undefined }],
    };
  }
  // Neither pending, nor active, nor cancelled: the account was read before the request reached it. Only the
  // account's own record of the cancellation settles the change as cancelled.
  if (!cancelled) return underWay;
  const refunded = proration?.status === 'refunded';
  return {
    outcome: 'cancelled',
    settled: true,
    steps: [requested,
      { label: 'Charge', state: 'failed', detail: proration?.lastFailure ?? why(cancelled.reason) },
      { label: 'Change cancelled', state: 'failed', detail: `you stay on ${billing.plan.code}` },
      ...(refunded ? [{ label: 'Refunded', state: 'done' as StepState }] : [])],
  };
}

/** The payment provider's decline codes in words; any other reason (a refused activation) is shown as it is. */
const DECLINES: Record<string, string> = {
  card_declined: 'the card was declined',
  insufficient_funds: 'the card has insufficient funds',
  expired_card: 'the card has expired',
};

function why(reason: string): string {
  return DECLINES[reason] ?? reason;
}
