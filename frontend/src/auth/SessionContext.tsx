import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { forgetWrites } from '../api/client';
import {
  credentials, forgetAll, storeAdminToken, storeApiKey, storeWorkspace, storedWorkspace,
} from './credentials';

export interface Session {
  apiKey: string | null;
  adminToken: string | null;
  workspaceId: string | null;
  signedIn: boolean;
  adoptApiKey: (key: string) => void;
  adoptAdminToken: (token: string) => void;
  selectWorkspace: (id: string | null) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [state, setState] = useState(() => ({ ...credentials(), workspaceId: storedWorkspace() }));

  const adoptApiKey = useCallback((key: string) => {
    storeApiKey(key);
    storeWorkspace(null);
    forgetWrites();
    queries.clear();
    setState((s) => ({ ...s, apiKey: key, workspaceId: null }));
  }, [queries]);

  const adoptAdminToken = useCallback((token: string) => {
    storeAdminToken(token);
    setState((s) => ({ ...s, adminToken: token }));
  }, []);

  const selectWorkspace = useCallback((id: string | null) => {
    storeWorkspace(id);
    setState((s) => ({ ...s, workspaceId: id }));
  }, []);

  const signOut = useCallback(() => {
    forgetAll();
    forgetWrites();
    queries.clear();
    setState({ apiKey: null, adminToken: null, workspaceId: null });
  }, [queries]);

  const session = useMemo<Session>(() => ({
    ...state,
    signedIn: Boolean(state.apiKey || state.adminToken),
    adoptApiKey,
    adoptAdminToken,
    selectWorkspace,
    signOut,
  }), [state, adoptApiKey, adoptAdminToken, selectWorkspace, signOut]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}
