import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import { useList } from '../../api/lists';
import type { Decision, DecisionSummary } from '../../api/types';

export function useDecisions(workspaceId: string | null) {
  return useList<DecisionSummary>(['decisions', workspaceId], `/api/v1/workspaces/${workspaceId}/decisions`, {},
    { enabled: Boolean(workspaceId) });
}

export function useDecision(decisionId: string | null | undefined) {
  return useQuery({
    queryKey: ['decision', decisionId],
    queryFn: ({ signal }) => get<Decision>(`/api/v1/decisions/${decisionId}`, signal),
    enabled: Boolean(decisionId),
  });
}

export function usePageDecisions(pageId: string) {
  return useList<DecisionSummary>(['decisions', 'page', pageId], `/api/v1/pages/${pageId}/decisions`);
}
