import { formatDuration, formatNumber } from '../../ui/format';

/** How far a replay or evaluation has come: percent, events per second and the time it still needs. */
export function ProgressBar({ label, percent, eventsPerSecond, etaSeconds, position, head }: {
  label: string;
  percent: number | null;
  eventsPerSecond?: number | null;
  etaSeconds?: number | null;
  position?: number | null;
  head?: number | null;
}) {
  const value = Math.max(0, Math.min(100, percent ?? 0));
  return (
    <div className="progress">
      <div className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={Math.round(value)} aria-valuetext={`${value.toFixed(1)} %`}>
        <div className="progress-fill" style={{ width: `${value}%` }} />
      </div>
      <div className="progress-numbers muted">
        <span>{value.toFixed(1)} %</span>
        {position !== undefined && head !== undefined && (
          <span>{formatNumber(position)} / {formatNumber(head)} events</span>
        )}
        {eventsPerSecond !== undefined && eventsPerSecond !== null && (
          <span>{formatNumber(Math.round(eventsPerSecond))} events/s</span>
        )}
        {etaSeconds !== undefined && etaSeconds !== null && <span>ETA {formatDuration(etaSeconds)}</span>}
      </div>
    </div>
  );
}
