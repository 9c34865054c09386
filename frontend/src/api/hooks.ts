import { useQuery } from '@tanstack/react-query';
import { getAll } from './lists';
import type { ApiKey, Workspace } from './types';
import { useSession } from '../auth/SessionContext';

export function useWorkspaces() {
  const { apiKey } = useSession();
  return useQuery({
    queryKey: ['workspaces'],
    queryFn: ({ signal }) => getAll<Workspace>('/api/v1/workspaces', signal),
    enabled: Boolean(apiKey),
  });
}

export function useApiKeys() {
  const { apiKey } = useSession();
  return useQuery({
    queryKey: ['api-keys'],
    queryFn: ({ signal }) => getAll<ApiKey>('/api/v1/api-keys', signal),
    enabled: Boolean(apiKey),
    staleTime: 60_000,
  });
}

/** The principal the signed-in key acts as (`key:<id>`), found by the key's visible prefix. */
export function useMe(): { principal: string | null; name: string | null } {
  const { apiKey } = useSession();
  const keys = useApiKeys();
  const mine = keys.data?.items.find((key) => apiKey?.startsWith(key.prefix));
  return { principal: mine ? `key:${mine.id}` : null, name: mine?.name ?? null };
}

/** Names for principals (`key:<id>` → the key's name), for showing who did what. */
export function usePrincipalNames(): Record<string, string> {
  const keys = useApiKeys();
  const names: Record<string, string> = {};
  keys.data?.items.forEach((key) => {
    names[`key:${key.id}`] = key.name;
  });
  return names;
}
