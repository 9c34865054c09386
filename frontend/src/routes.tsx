import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useSession } from './auth/SessionContext';
import { SignIn } from './auth/SignIn';
import { Layout } from './Layout';
import { NotebooksHome, NotebooksLayout } from './features/notebooks/NotebooksLayout';
import { NotebookScreen } from './features/notebooks/NotebookScreen';
import { PageScreen } from './features/pages/PageScreen';
import { DecisionBoard } from './features/decisions/DecisionBoard';
import { DecisionDetail } from './features/decisions/DecisionDetail';
import { ProposalForm } from './features/decisions/ProposalForm';
import { BillingScreen } from './features/billing/BillingScreen';
import { SearchScreen } from './features/search/SearchScreen';
import { AuditScreen } from './features/audit/AuditScreen';
import { ReplayScreen } from './features/replay/ReplayScreen';
import { SagasScreen } from './features/admin/SagasScreen';
import { ApiKeysScreen } from './features/settings/ApiKeysScreen';
import { Empty } from './ui/States';

// The dashboards bring the chart library, most of the app's weight: they load when first shown, so that signing in
// and the other screens do not wait for it.
const DashboardsScreen = lazy(() => import('./features/dashboards/DashboardsScreen')
  .then((module) => ({ default: module.DashboardsScreen })));

// The first path segments here are the ones the platform answers with index.html (WebAppRoutes.CLIENT_ROUTES).

function RequireSignIn({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const location = useLocation();
  if (!signedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function RequireKey({ children }: { children: ReactNode }) {
  const { apiKey } = useSession();
  if (!apiKey) return <Empty>This screen belongs to a tenant: sign in with an API key to see it.</Empty>;
  return <>{children}</>;
}

function RequireAdmin({ children }: { children: ReactNode }) {
  const { adminToken } = useSession();
  if (!adminToken) return <Empty>This screen is for operators: sign in with the admin token to see it.</Empty>;
  return <>{children}</>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignIn />} />
      <Route element={<RequireSignIn><Layout /></RequireSignIn>}>
        <Route index element={<Navigate to="/dashboards" replace />} />
        <Route path="dashboards" element={<DashboardsScreen />} />
        <Route element={<RequireKey><NotebooksLayout /></RequireKey>}>
          <Route path="notebooks" element={<NotebooksHome />} />
          <Route path="notebooks/:notebookId" element={<NotebookScreen />} />
          <Route path="pages/:pageId/*" element={<PageScreen />} />
        </Route>
        <Route path="decisions" element={<RequireKey><DecisionBoard /></RequireKey>}>
          <Route path="new" element={<ProposalForm />} />
          <Route path=":decisionId" element={<DecisionDetail />} />
        </Route>
        <Route path="billing" element={<RequireKey><BillingScreen /></RequireKey>} />
        <Route path="search" element={<RequireKey><SearchScreen /></RequireKey>} />
        <Route path="audit" element={<RequireKey><AuditScreen /></RequireKey>} />
        <Route path="settings" element={<RequireKey><ApiKeysScreen /></RequireKey>} />
        <Route path="admin/platform" element={<RequireAdmin><DashboardsScreen operatorsFirst /></RequireAdmin>} />
        <Route path="admin/replay" element={<RequireAdmin><ReplayScreen /></RequireAdmin>} />
        <Route path="admin/sagas" element={<RequireAdmin><SagasScreen /></RequireAdmin>} />
        <Route path="*" element={<Empty>There is no such screen. Use the menu to find your way.</Empty>} />
      </Route>
    </Routes>
  );
}
