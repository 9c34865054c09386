import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ProblemView } from './ProblemView';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** Renders a query's loading and error states, and its data once it is there. */
export function QueryView<T>({ query, what, children }: {
  query: UseQueryResult<T>;
  what?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <ProblemView error={query.error} onRetry={() => query.refetch()} />;
  return <>{children(query.data)}</>;
}
