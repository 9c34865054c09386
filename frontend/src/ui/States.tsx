import type { ReactNode } from 'react';
import type { UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
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

/**
 * Renders a query's loading and error states, and its data once it is there. A paged list whose next page failed
 * keeps showing what it has; its `LoadMore` shows that problem.
 */
export function QueryView<T>({ query, what, children }: {
  query: UseQueryResult<T> | UseInfiniteQueryResult<T>;
  what?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  const nextPageFailed = 'isFetchNextPageError' in query && query.isFetchNextPageError;
  if (query.isError && !nextPageFailed) return <ProblemView error={query.error} onRetry={() => query.refetch()} />;
  return <>{children(query.data as T)}</>;
}
