import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '../../ui/format';
import { Empty, QueryView } from '../../ui/States';
import { useAdminBillingDashboard, usePlatformDashboard } from './api';
import { ChartCard, PALETTE, STATUS_COLOURS, Stat } from './charts';

/** Operators: how far each processor lags, dead letters, sagas by state and the adapters' circuit breakers. */
export function PlatformCard({ live }: { live: boolean }) {
  const platform = usePlatformDashboard(live);
  return (
    <ChartCard title="Platform" updatedAt={platform.dataUpdatedAt} wide>
      <QueryView query={platform} what="Loading the platform">
        {(data) => {
          const sagas = (['running', 'completed', 'compensated'] as const)
            .map((state) => ({ state, count: data.sagas[state] ?? 0 }));
          return (
            <>
              <div className="stats">
                <Stat label="dead letters" value={formatNumber(data.deadLetters.total)} testId="dead-letters" />
                <Stat label="sagas running" value={data.sagas.running} />
                <Stat label="sagas completed" value={formatNumber(data.sagas.completed)} testId="sagas-completed" />
                <Stat label="processors lagging"
                  value={data.processors.filter((p) => (p.lagEvents ?? 0) > 0).length} />
              </div>
              <div className="two-columns">
                <div>
                  <h3>Processors</h3>
                  <div className="table-scroll">
                    <table className="table compact">
                      <thead>
                        <tr><th>Name</th><th>Status</th><th>Lag (events)</th><th>Lag</th><th>events/s</th></tr>
                      </thead>
                      <tbody>
                        {data.processors.map((p) => (
                          <tr key={p.name}>
                            <td>{p.name}</td>
                            <td><span className={`badge processor-${p.status}`}>{p.status}</span></td>
                            <td>{formatNumber(p.lagEvents)}</td>
                            <td className="nowrap">{p.lagSeconds === null ? '—' : `${p.lagSeconds.toFixed(1)} s`}</td>
                            <td>{p.eventsPerSecond === null ? '—' : p.eventsPerSecond.toFixed(1)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
                <div>
                  <h3>Sagas by state</h3>
                  <div className="chart" role="img" aria-label={sagas.map((s) => `${s.count} ${s.state}`).join(', ')}>
                    <ResponsiveContainer width="100%" height={160}>
                      <BarChart data={sagas}>
                        <XAxis dataKey="state" fontSize={12} />
                        <YAxis allowDecimals={false} fontSize={12} width={40} />
                        <Tooltip cursor={{ fill: 'rgba(47, 75, 124, 0.06)' }} />
                        <Bar dataKey="count" isAnimationActive={false}>
                          {sagas.map((s) => <Cell key={s.state} fill={STATUS_COLOURS[s.state]} />)}
                        </Bar>
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                  <h3>Circuit breakers</h3>
                  {data.circuitBreakers.length === 0 ? <p className="muted">None.</p> : (
                    <ul className="plain breakers">
                      {data.circuitBreakers.map((b) => (
                        <li key={b.name}>{b.name}: <span className={`badge breaker-${b.state.toLowerCase()}`}>{b.state}</span></li>
                      ))}
                    </ul>
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

export function AdminBillingCard({ live }: { live: boolean }) {
  const billing = useAdminBillingDashboard(live);
  return (
    <ChartCard title="Revenue" updatedAt={billing.dataUpdatedAt}>
      <QueryView query={billing} what="Loading revenue">
        {(data) => {
          const statuses = Object.entries(data.tenantsByStatus).map(([status, count]) => ({ status, count }));
          return (
            <>
              <div className="stats">
                {data.mrr.length === 0 ? <Stat label="MRR" value="—" /> : data.mrr.map((m) => (
                  <Stat key={m.currency} label={`MRR (${m.currency})`} value={formatMoney(m.amountMinor, m.currency)} />
                ))}
                <Stat label="failed payments" value={data.failedPayments.count} />
              </div>
              {statuses.length === 0 ? <Empty>No tenants yet.</Empty> : (
                <div className="chart" role="img" aria-label={statuses.map((s) => `${s.count} ${s.status}`).join(', ')}>
                  <ResponsiveContainer width="100%" height={160}>
                    <BarChart data={statuses}>
                      <XAxis dataKey="status" fontSize={12} />
                      <YAxis allowDecimals={false} fontSize={12} width={40} />
                      <Tooltip cursor={{ fill: 'rgba(47, 75, 124, 0.06)' }} />
                      <Bar dataKey="count" fill={PALETTE[0]} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </div>
              )}
            </>
          );
        }}
      </QueryView>
    </ChartCard>
  );
}
