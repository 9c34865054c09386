import { useQuery } from '@tanstack/react-query';
import { get, query } from '../../api/client';
import type {
  ActivityDashboard, AdminBillingDashboard, BillingDashboard, DecisionDashboard, PlatformDashboard,
} from '../../api/types';
import { useSession } from '../../auth/SessionContext';
import { usePollingUnlessLive } from '../../live/LiveUpdates';

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

/** The operators' view has no stream of its own: it polls. */
export function usePlatformDashboard() {
  const { adminToken } = useSession();
  return useQuery({
    queryKey: ['dashboards', 'platform'],
    queryFn: ({ signal }) => get<PlatformDashboard>('/api/v1/admin/dashboards/platform', signal),
    enabled: Boolean(adminToken),
    refetchInterval: 3000,
  });
}

export function useAdminBillingDashboard() {
  const { adminToken } = useSession();
  return useQuery({
    queryKey: ['dashboards', 'admin-billing'],
    queryFn: ({ signal }) => get<AdminBillingDashboard>('/api/v1/admin/dashboards/billing', signal),
    enabled: Boolean(adminToken),
    refetchInterval: 5000,
  });
}
