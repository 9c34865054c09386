import { useSession } from '../../auth/SessionContext';
import { useLive } from '../../live/LiveUpdates';
import { ActivityCard, BillingCard, DecisionFunnelCard } from './TenantDashboards';
import { AdminBillingCard, PlatformCard } from './PlatformDashboards';
import { useOperatorsStream } from './api';

/**
 * The main dashboard: the tenant's activity, decisions and billing, and the platform for operators; on the operators'
 * route their cards come first.
 */
export function DashboardsScreen({ operatorsFirst = false }: { operatorsFirst?: boolean }) {
  const { apiKey, adminToken } = useSession();
  const live = useLive();
  const operatorsLive = useOperatorsStream(Boolean(adminToken)) === 'open';
  const operators = adminToken && (
    <>
      <PlatformCard live={operatorsLive} />
      <AdminBillingCard live={operatorsLive} />
    </>
  );
  return (
    <div className="dashboards">
      <header className="page-header">
        <h1>Dashboards</h1>
        <p className="muted" aria-live="polite" data-testid="dashboards-live">
          {live.status === 'open' && 'Live: charts update as changes happen.'}
          {live.status !== 'open' && apiKey && 'Live updates are not connected; refreshing every 15 s.'}
          {!apiKey && (operatorsLive ? 'Operator view, live: the platform updates as it changes.'
            : 'Operator view; live updates are not connected, refreshing every few seconds.')}
        </p>
      </header>
      <div className="dashboard-grid">
        {operatorsFirst && operators}
        {apiKey && (
          <>
            <ActivityCard />
            <DecisionFunnelCard />
            <BillingCard />
          </>
        )}
        {!operatorsFirst && operators}
      </div>
    </div>
  );
}
