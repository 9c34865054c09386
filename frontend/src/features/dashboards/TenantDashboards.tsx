import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { DECISION_STATUSES } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { formatAgo, formatDuration, formatMoney, formatNumber, formatPrincipal } from '../../ui/format';
import { Empty, QueryView } from '../../ui/States';
import { UsageBar } from '../../ui/UsageBar';
import { useActivity, useBillingDashboard, useDecisionDashboard } from './api';
import { ChartCard, PALETTE, STATUS_COLOURS, Stat } from './charts';

type Span = '24h' | '7d' | '30d';

const eventsText = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;
const QUIET_CURSOR = { fill: 'rgba(47, 75, 124, 0.06)' };

function rangeOf(span: Span) {
  const hour = 3_600_000;
  const now = Date.now();
  // Rounded up to the next full hour, so the range (and the query key) holds still between refetches.
  const to = new Date(Math.ceil(now / hour) * hour);
  const back = span === '24h' ? 24 * hour : span === '7d' ? 7 * 24 * hour : 30 * 24 * hour;
  return { from: new Date(to.getTime() - back).toISOString(), to: to.toISOString(),
    bucket: span === '24h' ? 'hour' as const : 'day' as const };
}

export function ActivityCard() {
  const [span, setSpan] = useState<Span>('7d');
  const range = useMemo(() => rangeOf(span), [span]);
  const activity = useActivity(range);
  return (
    <ChartCard title="Activity" updatedAt={activity.dataUpdatedAt} wide>
      <div className="segmented" role="group" aria-label="Time span">
        {(['24h', '7d', '30d'] as Span[]).map((s) => (
          <button key={s} type="button" aria-pressed={span === s} onClick={() => setSpan(s)}>{s}</button>
        ))}
      </div>
      <QueryView query={activity} what="Loading activity">
        {(data) => {
          const types = Array.from(new Set(data.buckets.flatMap((b) => Object.keys(b.byType)))).sort();
          const rows = data.buckets.map((b) => ({
            label: new Date(b.start).toLocaleString(undefined, data.bucket === 'hour'
              ? { hour: '2-digit', minute: '2-digit' } : { month: 'short', day: 'numeric' }),
            ...b.byType,
          }));
          const total = data.buckets.reduce((sum, b) => sum + b.total, 0);
          return (
            <>
              <div className="stats">
                <Stat label={`events in the last ${span}`} value={formatNumber(total)} testId="activity-total" />
                <Stat label="kinds of change" value={types.length} />
              </div>
              {total === 0 ? <Empty>Nothing happened in this period.</Empty> : (
                <div className="chart" role="img" aria-label={`Events per ${data.bucket}, by type; ${total} in all`}>
                  <ResponsiveContainer width="100%" height={240}>
                    <BarChart data={rows}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="label" fontSize={12} />
                      <YAxis allowDecimals={false} fontSize={12} width={40} />
                      <Tooltip cursor={QUIET_CURSOR} />
                      <Legend />
                      {types.map((type, i) => (
                        <Bar key={type} dataKey={type} stackId="events" fill={PALETTE[i % PALETTE.length]}
                          isAnimationActive={false} />
                      ))}
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              )}
              <div className="two-columns">
                <div>
                  <h3>Busiest pages</h3>
                  {data.topPages.length === 0 ? <p className="muted">None yet.</p> : (
                    <ol>{data.topPages.map((p) => (
                      <li key={p.pageId}><Link to={`/pages/${p.pageId}`}>{p.title}</Link>{' '}
                        <span className="muted">{eventsText(p.events)}</span></li>
                    ))}</ol>
                  )}
                </div>
                <div>
                  <h3>Busiest notebooks</h3>
                  {data.topNotebooks.length === 0 ? <p className="muted">None yet.</p> : (
                    <ol>{data.topNotebooks.map((n) => (
                      <li key={n.notebookId}><Link to={`/notebooks/${n.notebookId}`}>{n.title}</Link>{' '}
                        <span className="muted">{eventsText(n.events)}</span></li>
                    ))}</ol>
                  )}
                </div>
              </div>
            </>
          );
        }}
      </QueryView>
    </ChartCard>
  );
}

export function DecisionFunnelCard() {
  const decisions = useDecisionDashboard();
  const names = usePrincipalNames();
  return (
    <ChartCard title="Decisions" updatedAt={decisions.dataUpdatedAt}>
      <QueryView query={decisions} what="Loading decisions">
        {(data) => {
          const rows = DECISION_STATUSES.map((status) => ({ status, count: data.byStatus[status] ?? 0 }));
          return (
            <>
              <div className="stats">
                <Stat label="decided" value={data.timeToDecision.decided} testId="decisions-decided" />
                <Stat label="median time to decision" value={formatDuration(data.timeToDecision.medianSeconds)} />
                <Stat label="90th percentile" value={formatDuration(data.timeToDecision.p90Seconds)} />
              </div>
              <div className="chart" role="img"
                aria-label={rows.map((r) => `${r.count} ${r.status}`).join(', ')}>
                <ResponsiveContainer width="100%" height={200}>
                  <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
                    <XAxis type="number" allowDecimals={false} fontSize={12} />
                    <YAxis type="category" dataKey="status" fontSize={12} width={80} />
                    <Tooltip cursor={QUIET_CURSOR} />
                    <Bar dataKey="count" isAnimationActive={false}>
                      {rows.map((r) => <Cell key={r.status} fill={STATUS_COLOURS[r.status]} />)}
                    </Bar>
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <h3>Waiting on</h3>
              {data.waitedOn.length === 0 ? <p className="muted">Nobody: no decision waits for a vote.</p> : (
                <ul className="plain">
                  {data.waitedOn.map((w) => (
                    <li key={w.approver}>{formatPrincipal(w.approver, names)}: {w.pending} pending, oldest{' '}
                      {formatAgo(w.oldestSince)}</li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryView>
    </ChartCard>
  );
}

export function BillingCard() {
  const billing = useBillingDashboard();
  return (
    <ChartCard title="Billing" updatedAt={billing.dataUpdatedAt}>
      <QueryView query={billing} what="Loading billing">
        {(data) => {
          const rows = Object.entries(data.invoices.byStatus).map(([status, count]) => ({ status, count }));
          return (
            <>
              <div className="stats">
                <Stat label={`${data.plan} plan, ${data.status}`} value={`${formatMoney(data.mrrMinor, data.currency)}/mo`} />
                <Stat label="outstanding" value={formatMoney(data.invoices.outstandingMinor, data.currency)} />
                <Stat label="failed payments" value={data.failedPayments.count} />
              </div>
              {data.usage.map((u) => <UsageBar key={u.meter} meter={u.meter} used={u.used} quota={u.quota} />)}
              {rows.length > 0 && (
                <div className="chart" role="img" aria-label={`Invoices: ${rows.map((r) => `${r.count} ${r.status}`).join(', ')}`}>
                  <ResponsiveContainer width="100%" height={160}>
                    <BarChart data={rows}>
                      <XAxis dataKey="status" fontSize={12} />
                      <YAxis allowDecimals={false} fontSize={12} width={30} />
                      <Tooltip cursor={QUIET_CURSOR} />
                      <Bar dataKey="count" isAnimationActive={false}>
                        {rows.map((r) => <Cell key={r.status} fill={STATUS_COLOURS[r.status] ?? PALETTE[0]} />)}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              )}
              {data.failedPayments.recent.length > 0 && (
                <ul className="plain">
                  {data.failedPayments.recent.map((f) => (
                    <li key={`${f.invoiceId}-${f.at}`}>{formatAgo(f.at)}: {f.reason}</li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryView>
    </ChartCard>
  );
}
