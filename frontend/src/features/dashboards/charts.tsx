import type { ReactNode } from 'react';

/**
 * Okabe–Ito colours first (they stay apart for people with the common colour-vision deficiencies), then darker and
 * lighter companions for charts with more series than that.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000',
  '#7f3c8d', '#11a579', '#3969ac', '#a5aa99'];

export const STATUS_COLOURS: Record<string, string> = {
  proposed: '#56B4E9', approved: '#009E73', rejected: '#D55E00', withdrawn: '#999999', superseded: '#CC79A7',
  running: '#56B4E9', completed: '#009E73', compensated: '#E69F00',
  open: '#56B4E9', paid: '#009E73', past_due: '#E69F00', uncollectible: '#D55E00', refunded: '#CC79A7',
};

export function Stat({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="stat">
      <span className="stat-value" data-testid={testId}>{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

export function ChartCard({ title, children, updatedAt, wide = false }: {
  title: string;
  children: ReactNode;
  updatedAt?: number;
  wide?: boolean;
}) {
  return (
    <section className={`panel chart-card${wide ? ' wide' : ''}`} aria-label={title}>
      <header className="chart-header">
        <h2>{title}</h2>
        {updatedAt ? <span className="muted">updated {new Date(updatedAt).toLocaleTimeString()}</span> : null}
      </header>
      {children}
    </section>
  );
}
