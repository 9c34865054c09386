import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { get, query } from './client';
import type { ListPage } from './types';

type Params = Record<string, string | number | boolean | null | undefined>;

export interface ListOptions {
  /** Items per request: the API takes 1 to 200. */
  pageSize?: number;
  enabled?: boolean;
  retry?: boolean;
  /** A function is asked again after every fetch, so polling can stop without a render. */
  refetchInterval?: number | false | (() => number | false);
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

/** The most items {@link getAll} loads: 50 requests of 200. */
export const ALL_ITEMS_LIMIT = 10_000;

/**
 * Every item of a cursor-paged list, for the few lists a screen needs whole (the workspaces to switch between, the
 * API keys that name who did what). Follows the cursors 200 items at a time and stops at `limit` items; the answer's
 * `nextCursor` is then the cursor of the rest, and null when everything was loaded.
 */
export async function getAll<T>(path: string, signal?: AbortSignal, params: Params = {},
  limit = ALL_ITEMS_LIMIT): Promise<ListPage<T>> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await get<ListPage<T>>(`${path}${query({ ...params, limit: 200, cursor })}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < limit);
  return { items, nextCursor: cursor ?? null };
}
