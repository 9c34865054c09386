import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { ApiProblem } from './api/problem';
import { SessionProvider } from './auth/SessionContext';
import { LiveUpdatesProvider } from './live/LiveUpdates';
import { AppRoutes } from './routes';
import { ErrorBoundary } from './ui/ErrorBoundary';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: false,
        // A problem Quire answered on purpose (4xx) will not change by asking again.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
      },
    },
  });
}

export function App({ client = createQueryClient() }: { client?: QueryClient }) {
  return (
    <ErrorBoundary>
      <QueryClientProvider client={client}>
        <BrowserRouter>
          <SessionProvider>
            <LiveUpdatesProvider>
              <AppRoutes />
            </LiveUpdatesProvider>
          </SessionProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
