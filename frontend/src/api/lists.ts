import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { get, query } from './client';
import type { ListPage } from './types';

type Params = Record<string, string | number | boolean | null | undefined>;

export interface ListOptions {
  /** Items per request: the API takes 1 to 200. */
  pageSize?: number;
  enabled?: boolean;
  retry?: boolean;
  refetchInterval?: number | false;
}

/**
 * A cursor-paged list of the API as one growing list: `data` holds every item loaded so far (`items`) and the cursor
 * of the rest (`nextCursor`), and `fetchNextPage` loads the next page (see `LoadMore`). Invalidating its key reloads
 * every page already shown, so a live update never shortens what the user has scrolled through.
 */
export function useList<T>(queryKey: QueryKey, path: string, params: Params = {}, options: ListOptions = {}) {
  const { pageSize = 200, ...rest } = options;
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      get<ListPage<T>>(`${path}${query({ ...params, limit: pageSize, cursor: pageParam })}`, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data): ListPage<T> => ({
      items: data.pages.flatMap((page) => page.items),
      nextCursor: data.pages[data.pages.length - 1]?.nextCursor ?? null,
    }),
    ...rest,
  });
}
