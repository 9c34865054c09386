import { formatNumber } from './format';

const METER_NAMES: Record<string, string> = { pages: 'Pages', members: 'Members', apiCalls: 'API calls per minute' };

/** One meter against its quota, as a bar that turns amber from 80 % and red at the quota. */
export function UsageBar({ meter, used, quota }: { meter: string; used: number; quota: number }) {
  const percent = quota > 0 ? Math.round((used / quota) * 100) : used > 0 ? 100 : 0;
  const level = percent >= 100 ? 'over' : percent >= 80 ? 'near' : 'ok';
  const label = METER_NAMES[meter] ?? meter;
  return (
    <div className={`usage usage-${level}`}>
      <div className="usage-label">
        <span>{label}</span>
        <span>
          {formatNumber(used)} of {formatNumber(quota)} <span className="muted">({percent} %)</span>
        </span>
      </div>
      <div
        className="usage-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={quota}
        aria-valuenow={Math.min(used, quota)}
        aria-valuetext={`${used} of ${quota} (${percent} %)${percent >= 100 ? ', quota reached' : ''}`}
      >
        <div className="usage-fill" style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
      {percent >= 100 && <p className="usage-note">Quota reached</p>}
    </div>
  );
}
