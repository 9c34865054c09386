import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/SessionContext';
import type { ApiProblem } from '../api/problem';
import { rememberWrite } from '../api/client';
import type { StreamMessage } from '../api/types';
import { followEventStream, type StreamStatus } from '../sse/connect';

export const STREAM_PATH = '/api/v1/stream?topics=page,notebook,decision,workspace,dashboards';

export interface LiveState {
  status: StreamStatus | 'off';
  problem: ApiProblem | null;
  /** How many messages arrived since sign-in. */
  received: number;
  lastMessage: StreamMessage | null;
}

const LiveContext = createContext<LiveState>({ status: 'off', problem: null, received: 0, lastMessage: null });

/** Which cached queries a message from the stream makes stale. */
export function staleKeysFor(message: StreamMessage): unknown[][] {
  switch (message.topic) {
    case 'dashboards':
      return [['dashboards']];
    case 'page':
      return message.aggregateId
        ? [['page', message.aggregateId], ['pages'], ['versions', message.aggregateId]]
        : [['pages']];
    case 'notebook':
      return [['notebooks'], ...(message.aggregateId ? [['notebook', message.aggregateId]] : [])];
    case 'decision':
      return [['decisions'], ...(message.aggregateId ? [['decision', message.aggregateId]] : [])];
    case 'workspace':
      return [['workspaces'], ['workspace']];
    default:
      return [];
  }
}

/**
 * Follows the tenant's live stream while an API key is signed in, and marks the queries an event touches as stale,
 * so that every screen showing them refetches without a reload.
 */
export function LiveUpdatesProvider({ children }: { children: ReactNode }) {
  const { apiKey } = useSession();
  const queries = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: 'off', problem: null, received: 0, lastMessage: null });

  useEffect(() => {
    if (!apiKey) {
      setState({ status: 'off', problem: null, received: 0, lastMessage: null });
      return undefined;
    }
    return followEventStream(STREAM_PATH, {
      onEvent: (event) => {
        let message: StreamMessage;
        try {
          message = JSON.parse(event.data) as StreamMessage;
        } catch {
          return;
        }
        if (!message.topic) message.topic = event.event;
        if (event.event === 'reset') {
          // The stream could not tell everything that changed: refetch whatever is shown.
          void queries.invalidateQueries();
          return;
        }
        // Refetches wait until the read models include this event, or they could show the state before it.
        if (message.position > 0) rememberWrite(String(message.position));
        staleKeysFor(message).forEach((queryKey) => void queries.invalidateQueries({ queryKey }));
        setState((s) => ({ ...s, received: s.received + 1, lastMessage: message }));
      },
      onStatus: (status, problem) => setState((s) => ({
        ...s, status, problem: problem ?? (status === 'open' ? null : s.problem),
      })),
    });
  }, [apiKey, queries]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  return useContext(LiveContext);
}

/** Refetch interval for screens that should stay current: none while the stream pushes changes, else polling. */
export function usePollingUnlessLive(everyMs: number): number | false {
  const { status } = useLive();
  return status === 'open' ? false : everyMs;
}
