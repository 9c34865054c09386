import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, query } from '../../api/client';
import type {
  ActivityDashboard, AdminBillingDashboard, BillingDashboard, DecisionDashboard, PlatformDashboard,
} from '../../api/types';
import { useSession } from '../../auth/SessionContext';
import { usePollingUnlessLive } from '../../live/LiveUpdates';
import type { StreamStatus } from '../../sse/connect';
import { useEventStream } from '../../sse/useEventStream';

// Every dashboard query sits under ['dashboards', …]: a `dashboards` message on the live stream refetches them all.

export function useActivity(range: { from: string; to: string; bucket: 'hour' | 'day' }) {
  const { apiKey } = useSession();
  return useQuery({
    queryKey: ['dashboards', 'activity', range],
    queryFn: ({ signal }) => get<ActivityDashboard>(`/api/v1/dashboards/activity${query(range)}`, signal),
    enabled: Boolean(apiKey),
    refetchInterval: usePollingUnlessLive(15_000),
    placeholderData: (previous) => previous,
  });
}

export function useDecisionDashboard() {
  const { apiKey } = useSession();
  return useQuery({
    queryKey: ['dashboards', 'decisions'],
    queryFn: ({ signal }) => get<DecisionDashboard>('/api/v1/dashboards/decisions', signal),
    enabled: Boolean(apiKey),
    refetchInterval: usePollingUnlessLive(15_000),
  });
}

export function useBillingDashboard() {
  const { apiKey } = useSession();
  return useQuery({
    queryKey: ['dashboards', 'billing'],
    queryFn: ({ signal }) => get<BillingDashboard>('/api/v1/dashboards/billing', signal),
    enabled: Boolean(apiKey),
    refetchInterval: usePollingUnlessLive(15_000),
  });
}

const PLATFORM = ['dashboards', 'platform'];
const ADMIN_BILLING = ['dashboards', 'admin-billing'];

/**
 * Follows the operators' stream: each `platform` event replaces the cached platform dashboard, and a `billing` event
 * marks the admin billing dashboard stale. While the stream is not open, the two dashboards poll instead.
 */
export function useOperatorsStream(enabled: boolean): StreamStatus | 'off' {
  const queries = useQueryClient();
  return useEventStream('/api/v1/admin/dashboards/stream', enabled, (event) => {
    if (event.event === 'platform') queries.setQueryData(PLATFORM, JSON.parse(event.data) as PlatformDashboard);
    if (event.event === 'billing') void queries.invalidateQueries({ queryKey: ADMIN_BILLING });
  });
}

export function usePlatformDashboard(live: boolean) {
  const { adminToken } = useSession();
  return useQuery({
    queryKey: PLATFORM,
    queryFn: ({ signal }) => get<PlatformDashboard>('/api/v1/admin/dashboards/platform', signal),
    enabled: Boolean(adminToken),
    refetchInterval: live ? false : 3000,
  });
}

export function useAdminBillingDashboard(live: boolean) {
  const { adminToken } = useSession();
  return useQuery({
    queryKey: ADMIN_BILLING,
    queryFn: ({ signal }) => get<AdminBillingDashboard>('/api/v1/admin/dashboards/billing', signal),
    enabled: Boolean(adminToken),
    refetchInterval: live ? false : 5000,
  });
}
