import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, send } from '../../api/client';
import { useList } from '../../api/lists';
import type { Billing, CommandAck, Invoice, PlanChangeAccepted, PlanTerms } from '../../api/types';
import { formatDateTime, formatMoney } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { ProblemView } from '../../ui/ProblemView';
import { Empty, QueryView } from '../../ui/States';
import { UsageBar } from '../../ui/UsageBar';
import { planChangeProgress, type TrackedChange } from './planChange';

const TEST_CARDS = ['pm_card_ok', 'pm_card_declined', 'pm_card_insufficient_funds'];

function PlanChangeTracker({ change, billing, invoices }: {
  change: TrackedChange;
  billing: Billing;
  invoices: Invoice[];
}) {
  const progress = planChangeProgress(change, billing, invoices);
  return (
    <section className="panel" aria-label="Plan change" aria-live="polite">
      <h2>Plan change: {change.fromPlan} → {change.plan}</h2>
      <ol className="steps">
        {progress.steps.map((step) => (
          <li key={step.label} className={`step step-${step.state}`}>
            <span className="step-mark" aria-hidden="true">
              {step.state === 'done' ? '✓' : step.state === 'failed' ? '✗' : step.state === 'active' ? '…' : '○'}
            </span>
            <span>{step.label}</span>
            <span className="visually-hidden"> ({step.state})</span>
            {step.detail && <span className="muted"> — {step.detail}</span>}
          </li>
        ))}
      </ol>
      <p className="muted">
        Quire charges, activates and sends the receipt in the background. You see the result here as your account
        changes; the individual steps and mails are visible to operators.
      </p>
    </section>
  );
}

function PaymentMethodForm({ billing }: { billing: Billing }) {
  const queries = useQueryClient();
  const [method, setMethod] = useState(billing.paymentMethod ?? TEST_CARDS[0]);
  const attach = useMutation({
    mutationFn: () => send<CommandAck>('/api/v1/billing/payment-method', { body: { paymentMethod: method } }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['billing'] }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    attach.mutate();
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      {attach.isError && <ProblemView error={attach.error} />}
      <label htmlFor="payment-method">Payment method</label>
      <input id="payment-method" list="test-cards" value={method} onChange={(e) => setMethod(e.target.value)} required />
      <datalist id="test-cards">{TEST_CARDS.map((card) => <option key={card} value={card} />)}</datalist>
      <button type="submit" disabled={attach.isPending}>Save card</button>
    </form>
  );
}

function InvoiceTable({ invoices }: { invoices: Invoice[] }) {
  const queries = useQueryClient();
  const pay = useMutation({
    mutationFn: (invoiceId: string) => send(`/api/v1/billing/invoices/${invoiceId}/pay`, { body: {} }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['invoices'] }),
  });
  if (invoices.length === 0) return <Empty>No invoices yet.</Empty>;
  return (
    <>
      {pay.isError && <ProblemView error={pay.error} />}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr><th>Issued</th><th>Kind</th><th>Lines</th><th>Total</th><th>Status</th><th>Paid</th><th /></tr>
          </thead>
          <tbody>
            {invoices.map((invoice) => (
              <tr key={invoice.invoiceId}>
                <td>{formatDateTime(invoice.issuedAt)}</td>
                <td>{invoice.kind}</td>
                <td>{invoice.lines.map((line) => line.description).join('; ')}</td>
                <td>{formatMoney(invoice.totalMinor, invoice.currency)}</td>
                <td>
                  <span className={`badge invoice-${invoice.status}`}>{invoice.status}</span>
                  {invoice.lastFailure && <span className="muted"> {invoice.lastFailure}</span>}
                </td>
                <td>{formatDateTime(invoice.paidAt)}</td>
                <td>
                  {['open', 'past_due', 'uncollectible'].includes(invoice.status) && (
                    <button type="button" disabled={pay.isPending} onClick={() => pay.mutate(invoice.invoiceId)}>
                      Pay now
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The tenant's plan, usage against quotas, plan changes as they happen, and invoices. */
export function BillingScreen() {
  const queries = useQueryClient();
  const [tracked, setTracked] = useState<TrackedChange | null>(null);
  // Poll while a tracked change can still move; the outcome stays on screen after that.
  const settled = useRef(false);
  const polling = () => tracked !== null && !settled.current;
  const billing = useQuery({
    queryKey: ['billing'],
    queryFn: ({ signal }) => get<Billing>('/api/v1/billing', signal),
    refetchInterval: (q) => (polling() || q.state.data?.pendingChange?.kind === 'upgrade' ? 1000 : false),
  });
  const plans = useQuery({
    queryKey: ['plans'],
    queryFn: ({ signal }) => get<PlanTerms[]>('/api/v1/billing/plans', signal),
    staleTime: Infinity,
  });
  // Newest first, so the first page holds the invoice of a plan change just made.
  const invoices = useList<Invoice>(['invoices'], '/api/v1/billing/invoices', { order: 'newest' },
    { refetchInterval: () => (polling() ? 1500 : false) });
  const change = useMutation({
    mutationFn: (plan: string) => send<PlanChangeAccepted>('/api/v1/billing/plan', { body: { plan } }),
    onSuccess: (accepted) => {
      settled.current = false;
      setTracked({ changeId: accepted.changeId, plan: accepted.plan, fromPlan: billing.data?.plan.code ?? '',
        requestedAt: new Date().toISOString() });
      void queries.invalidateQueries({ queryKey: ['billing'] });
    },
  });

  const progress = tracked && billing.data
    ? planChangeProgress(tracked, billing.data, invoices.data?.items ?? []) : null;
  settled.current = progress?.settled ?? false;

  return (
    <div className="billing">
      <h1>Billing</h1>
      <QueryView query={billing} what="Loading your account">
        {(account) => (
          <>
            <div className="cards">
              <section className="panel" aria-label="Current plan">
                <h2>{account.plan.name} <span className="badge">{account.status}</span></h2>
                <p className="big">{formatMoney(account.plan.monthlyPriceMinor, account.plan.currency)} / month</p>
                <p className="muted">
                  Period {formatDateTime(account.periodStart)} – {formatDateTime(account.periodEnd)}
                </p>
                {account.pendingChange && (
                  <p className="notice">
                    Pending {account.pendingChange.kind} to {account.pendingChange.plan}
                    {account.pendingChange.effectiveAt && `, effective ${formatDateTime(account.pendingChange.effectiveAt)}`}
                  </p>
                )}
                <PaymentMethodForm billing={account} />
              </section>
              <section className="panel" aria-label="Usage">
                <h2>Usage</h2>
                {account.usage.map((u) => <UsageBar key={u.meter} meter={u.meter} used={u.used} quota={u.quota} />)}
              </section>
            </div>
            {tracked && <PlanChangeTracker change={tracked} billing={account} invoices={invoices.data?.items ?? []} />}
            <section aria-label="Plans">
              <h2>Plans</h2>
              {change.isError && <ProblemView error={change.error} />}
              <QueryView query={plans} what="Loading plans">
                {(list) => (
                  <div className="cards">
                    {list.map((plan) => (
                      <div key={plan.code} className={`panel plan ${plan.code === account.plan.code ? 'current' : ''}`}>
                        <h3>{plan.name}</h3>
                        <p className="big">{formatMoney(plan.monthlyPriceMinor, plan.currency)}</p>
                        <p className="muted">
                          {plan.pageQuota.toLocaleString()} pages · {plan.memberQuota} members ·{' '}
                          {plan.apiCallsPerMinute} API calls/min
                        </p>
                        {plan.code === account.plan.code ? (
                          <span className="badge">your plan</span>
                        ) : (
                          <button type="button" disabled={change.isPending || Boolean(account.pendingChange)}
                            onClick={() => change.mutate(plan.code)}>
                            Switch to {plan.name}
                          </button>
                        )}
                      </div>
                    ))}
                  </div>
                )}
              </QueryView>
            </section>
          </>
        )}
      </QueryView>
      <section aria-label="Invoices">
        <h2>Invoices</h2>
        <QueryView query={invoices} what="Loading invoices">
          {(list) => <InvoiceTable invoices={list.items} />}
        </QueryView>
        <LoadMore list={invoices} what="invoices" />
      </section>
    </div>
  );
}
