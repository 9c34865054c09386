import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { ProblemView } from './ProblemView';

/** The "Load more" button under a paged list, with its loading state and the problem when the next page failed. */
export function LoadMore({ list, what }: { list: UseInfiniteQueryResult<unknown>; what: string }) {
  if (!list.hasNextPage && !list.isFetchNextPageError) return null;
  return (
    <div className="load-more">
      {list.isFetchNextPageError && <ProblemView error={list.error} onRetry={() => void list.fetchNextPage()} />}
      {list.hasNextPage && !list.isFetchNextPageError && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? 'Loading…' : `Load more ${what}`}
        </button>
      )}
    </div>
  );
}
