import { useState, type FormEvent } from 'react';
import { useNavigate, useLocation } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { call, get, send } from '../api/client';
import { ApiProblem } from '../api/problem';
import { ProblemView } from '../ui/ProblemView';
import { useSession } from './SessionContext';
import { storeAdminToken, storeApiKey } from './credentials';

interface DevSession {
  tenantId: string;
  tenantName: string;
  apiKeyId: string;
  apiKey: string;
}

/** Is this Quire running in the dev profile, which offers a one-click dev user? */
function useDevProfile(): boolean {
  const probe = useQuery({
    queryKey: ['dev-profile'],
    queryFn: async () => (await call<{ profile: string }>('/api/v1/dev')).data.profile === 'dev',
    retry: false,
    staleTime: Infinity,
  });
  return probe.data === true;
}

export function SignIn() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const dev = useDevProfile();
  const [apiKey, setApiKey] = useState('');
  const [adminToken, setAdminToken] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = (location.state as { from?: string } | null)?.from ?? '/dashboards';

  async function attempt(check: () => Promise<void>, landing = next) {
    setBusy(true);
    setProblem(null);
    try {
      await check();
      navigate(landing, { replace: true });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  function signInWithKey(event: FormEvent) {
    event.preventDefault();
    const key = apiKey.trim();
    void attempt(async () => {
      storeApiKey(key);
      try {
        await get('/api/v1/workspaces?limit=1');
      } catch (error) {
        storeApiKey(session.apiKey);
        throw error;
      }
      session.adoptApiKey(key);
    });
  }

  function signInAsAdmin(event: FormEvent) {
    event.preventDefault();
    const token = adminToken.trim();
    void attempt(async () => {
      storeAdminToken(token);
      try {
        await get('/api/v1/admin/sagas?limit=1');
      } catch (error) {
        storeAdminToken(session.adminToken);
        throw error;
      }
      session.adoptAdminToken(token);
    }, next.startsWith('/admin/') ? next : '/dashboards');
  }

  function signInAsDevUser() {
    void attempt(async () => {
      const created = await send<DevSession>('/api/v1/dev/session');
      if (!created?.apiKey) {
        throw new ApiProblem({ status: 0, title: 'No dev session', detail: 'Quire did not hand out a key.' });
      }
      session.adoptApiKey(created.apiKey);
    });
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <h1>Sign in to Quire</h1>
        <p className="muted">
          Your key stays in this browser tab only (session storage) and is sent with each request.
        </p>
        {problem !== null && <ProblemView error={problem} />}
        <form onSubmit={signInWithKey}>
          <label htmlFor="api-key">API key</label>
          <input
            id="api-key"
            name="apiKey"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder="qk_…"
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            required
            autoFocus
          />
          <button type="submit" className="primary" disabled={busy || !apiKey.trim()}>Sign in</button>
        </form>
        <details className="admin-sign-in">
          <summary>Operator? Sign in with the admin token</summary>
          <form onSubmit={signInAsAdmin}>
            <label htmlFor="admin-token">Admin token</label>
            <input
              id="admin-token"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={adminToken}
              onChange={(e) => setAdminToken(e.target.value)}
              required
            />
            <button type="submit" disabled={busy || !adminToken.trim()}>Use admin token</button>
          </form>
        </details>
        {dev && (
          <div className="dev-sign-in">
            <p className="muted">This Quire runs in the dev profile.</p>
            <button type="button" onClick={signInAsDevUser} disabled={busy}>Continue as dev user</button>
          </div>
        )}
      </div>
    </main>
  );
}
