import type { Billing, Invoice } from '../../api/types';
import { planChangeProgress, type TrackedChange } from './planChange';

const CHANGE: TrackedChange = { changeId: 'c1', plan: 'team', fromPlan: 'free', requestedAt: '2026-01-01T10:00:00Z' };
const PLAN = (code: string) => ({ code, name: code, monthlyPriceMinor: 0, currency: 'EUR', pageQuota: 1, memberQuota: 1,
  apiCallsPerMinute: 1, pageOveragePrice: 0 });
const ACCOUNT: Billing = { accountId: 'a', status: 'active', plan: PLAN('free'), pendingChange: null, lastCancelledChange: null,
  paymentMethod: 'pm_card_ok',
  periodStart: '2026-01-01T00:00:00Z', periodEnd: '2026-02-01T00:00:00Z', usage: [], version: 3 };
const INVOICE = (status: string): Invoice => ({ invoiceId: 'i1', kind: 'proration', status, periodStart: null, periodEnd: null,
  lines: [], total: '30.00', totalMinor: 3000, currency: 'EUR', attempts: 1, lastFailure: status === 'paid' ? null : 'card declined',
  chargeId: null, refundId: null, issuedAt: '2026-01-01T10:00:01Z', paidAt: null, version: 1 });

describe('following a plan change', () => {
  it('is charging while the change is pending', () => {
    const progress = planChangeProgress(CHANGE, { ...ACCOUNT,
      pendingChange: { changeId: 'c1', plan: 'team', kind: 'upgrade', effectiveAt: null } }, []);
    expect(progress.outcome).toBe('pending');
    expect(progress.settled).toBe(false);
    expect(progress.steps.map((s) => s.state)).toEqual(['done', 'active', 'waiting', 'waiting']);
  });

  it('is activated with a receipt once the plan is the new one and the invoice is paid', () => {
    const progress = planChangeProgress(CHANGE, { ...ACCOUNT, plan: PLAN('team') }, [INVOICE('paid')]);
    expect(progress.outcome).toBe('activated');
    expect(progress.settled).toBe(true);
    expect(progress.steps.every((s) => s.state === 'done')).toBe(true);
  });

  it('keeps watching an activated change until its pro-rata invoice shows up, then settles without one', () => {
    const requested = new Date(CHANGE.requestedAt).getTime();
    const early = planChangeProgress(CHANGE, { ...ACCOUNT, plan: PLAN('team') }, [], requested + 2_000);
    expect(early.outcome).toBe('activated');
    expect(early.settled).toBe(false);
    expect(early.steps.find((s) => s.label === 'Charged')?.detail).toBe('waiting for the invoice');
    const late = planChangeProgress(CHANGE, { ...ACCOUNT, plan: PLAN('team') }, [], requested + 60_000);
    expect(late.settled).toBe(true);
    expect(late.steps.find((s) => s.label === 'Charged')?.detail).toBe('nothing to charge');
  });

  it('says why the charge failed when the card was declined before any invoice', () => {
    const declined = planChangeProgress(CHANGE, { ...ACCOUNT, lastCancelledChange: {
      changeId: 'c1', plan: 'team', reason: 'card_declined', at: '2026-01-01T10:00:02Z' } }, []);
    expect(declined.outcome).toBe('cancelled');
    expect(declined.steps.find((s) => s.label === 'Charge')?.detail).toBe('the card was declined');
  });

  it('stays under way while the account does not show the request yet, even after an older cancellation', () => {
    const before = planChangeProgress(CHANGE, ACCOUNT, []);
    expect(before.outcome).toBe('pending');
    expect(before.settled).toBe(false);
    const older = planChangeProgress(CHANGE, { ...ACCOUNT, lastCancelledChange: {
      changeId: 'c0', plan: 'team', reason: 'insufficient_funds', at: '2025-12-01T10:00:02Z' } }, []);
    expect(older.outcome).toBe('pending');
    expect(older.settled).toBe(false);
  });

  it('is cancelled when the change is gone and the plan stayed, with the refund when there was one', () => {
    const cancelled = planChangeProgress(CHANGE, { ...ACCOUNT, lastCancelledChange: {
      changeId: 'c1', plan: 'team', reason: 'Plan change is not pending', at: '2026-01-01T10:00:03Z' } },
    [INVOICE('refunded')]);
    expect(cancelled.outcome).toBe('cancelled');
    expect(cancelled.steps.map((s) => s.label)).toContain('Refunded');
    expect(cancelled.steps.find((s) => s.label === 'Change cancelled')?.detail).toBe('you stay on free');
  });

  it('is scheduled when a downgrade waits for the period end', () => {
    const progress = planChangeProgress({ ...CHANGE, plan: 'free', fromPlan: 'team' }, { ...ACCOUNT, plan: PLAN('team'),
      pendingChange: { changeId: 'c1', plan: 'free', kind: 'downgrade', effectiveAt: '2026-02-01T00:00:00Z' } }, []);
    expect(progress.outcome).toBe('scheduled');
    expect(progress.settled).toBe(true);
  });
});
