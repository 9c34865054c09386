import { Suspense } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from './auth/SessionContext';
import { useMe } from './api/hooks';
import { useLive } from './live/LiveUpdates';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Loading } from './ui/States';
import { WorkspaceSwitcher } from './features/workspaces/WorkspaceSwitcher';

const TENANT_LINKS = [
  ['/dashboards', 'Dashboards'],
  ['/notebooks', 'Notebooks'],
  ['/decisions', 'Decisions'],
  ['/search', 'Search'],
  ['/billing', 'Billing'],
  ['/audit', 'Audit'],
  ['/settings', 'Settings'],
] as const;

const ADMIN_LINKS = [
  ['/admin/platform', 'Platform'],
  ['/admin/replay', 'Replay'],
  ['/admin/sagas', 'Sagas'],
] as const;

function LiveIndicator() {
  const live = useLive();
  if (live.status === 'off') return null;
  const text = live.status === 'open' ? 'Live' : live.status === 'stopped' ? 'Not live' : 'Reconnecting';
  const title = live.problem ? `${live.problem.title}: ${live.problem.detail}` : 'Updates arrive as they happen';
  return (
    <span className={`live live-${live.status}`} title={title} role="status" data-testid="live-status">
      <span className="live-dot" aria-hidden="true" /> {text}
    </span>
  );
}

export function Layout() {
  const session = useSession();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();

  function signOut() {
    session.signOut();
    navigate('/sign-in');
  }

  return (
    <div className="app">
      <a href="#main" className="skip-link">Skip to content</a>
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Quire home">
          <img src="/favicon.svg" alt="" width={24} height={24} /> Quire
        </NavLink>
        {session.apiKey && <WorkspaceSwitcher />}
        <div className="topbar-end">
          <LiveIndicator />
          {me.name && <span className="muted who" title={me.principal ?? undefined}>{me.name}</span>}
          {session.adminToken && <span className="badge">admin</span>}
          <button type="button" onClick={signOut}>Sign out</button>
        </div>
      </header>
      <nav className="sidebar" aria-label="Main">
        {session.apiKey && (
          <ul>
            {TENANT_LINKS.map(([to, label]) => (
              <li key={to}><NavLink to={to}>{label}</NavLink></li>
            ))}
          </ul>
        )}
        {session.adminToken && (
          <>
            <h2 className="nav-heading">Operations</h2>
            <ul>
              {ADMIN_LINKS.map(([to, label]) => (
                <li key={to}><NavLink to={to}>{label}</NavLink></li>
              ))}
            </ul>
          </>
        )}
      </nav>
      <main className="content" id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<Loading what="Loading the screen" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
