import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { call, query } from '../../api/client';
import type { ListPage, SearchHit } from '../../api/types';
import { useSession } from '../../auth/SessionContext';
import { formatAgo } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { ProblemView } from '../../ui/ProblemView';
import { Snippet } from '../../ui/Snippet';
import { Empty, Loading } from '../../ui/States';
import { useDebounced } from '../../ui/useDebounced';

const TYPES = [['', 'Everything'], ['page', 'Pages'], ['notebook', 'Notebooks'], ['decision', 'Decisions']] as const;

/** Sent when the search had more matches than Quire ranks: the number it ranked. */
const RANKED_FIRST = 'Quire-Search-Ranked-First';

interface Results {
  page: ListPage<SearchHit>;
  rankedFirst: number | null;
}

async function search(path: string, signal: AbortSignal): Promise<Results> {
  const answer = await call<ListPage<SearchHit>>(path, { signal });
  const rankedFirst = answer.headers.get(RANKED_FIRST);
  return { page: answer.data, rankedFirst: rankedFirst ? Number(rankedFirst) : null };
}

function linkTo(hit: SearchHit): string {
  if (hit.type === 'page') return `/pages/${hit.id}`;
  if (hit.type === 'notebook') return `/notebooks/${hit.id}`;
  return `/decisions/${hit.id}`;
}

/** Search as you type, across the workspace or everything, with the matches highlighted. */
export function SearchScreen() {
  const { workspaceId } = useSession();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [type, setType] = useState(params.get('type') ?? '');
  const [everywhere, setEverywhere] = useState(false);
  const [archived, setArchived] = useState(false);
  const q = useDebounced(text.trim(), 250);

  useEffect(() => {
    setParams(q ? { q, ...(type ? { type } : {}) } : {}, { replace: true });
  }, [q, type, setParams]);

  // Twenty results at a time; "Load more" asks for the next twenty with the cursor of the last page.
  const results = useInfiniteQuery({
    queryKey: ['search', q, type, everywhere ? null : workspaceId, archived],
    queryFn: ({ signal, pageParam }) => search(`/api/v1/search${query({
      q, type, workspace: everywhere ? undefined : workspaceId, archived: archived || undefined, limit: 20,
      cursor: pageParam,
    })}`, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    select: (data) => ({
      items: data.pages.flatMap((page) => page.page.items),
      rankedFirst: data.pages[0]?.rankedFirst ?? null,
    }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });

  return (
    <div className="search">
      <h1>Search</h1>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="visually-hidden">Search</label>
        <input id="search-input" type="search" value={text} onChange={(e) => setText(e.target.value)}
          placeholder={'Words, "an exact phrase", -excluded, prefix*'} autoFocus autoComplete="off" />
        <label htmlFor="search-type" className="visually-hidden">Type</label>
        <select id="search-type" value={type} onChange={(e) => setType(e.target.value)}>
          {TYPES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={everywhere} onChange={(e) => setEverywhere(e.target.checked)} />
          All workspaces
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
          Include archived
        </label>
      </form>
      <div aria-live="polite">
        {!q && <Empty>Type to search pages, notebooks and decisions.</Empty>}
        {q && results.isPending && <Loading what="Searching" />}
        {q && results.isError && !results.isFetchNextPageError && <ProblemView error={results.error} />}
        {q && results.data?.rankedFirst && (
          <p className="muted" role="note">
            Many matches: these are the best of the first {results.data.rankedFirst.toLocaleString('en')} found.
            Add a word or a filter to narrow the search.
          </p>
        )}
        {q && results.data && (results.data.items.length === 0 ? (
          <Empty>Nothing matches “{q}”.</Empty>
        ) : (
          <ol className="results" aria-label="Results">
            {results.data.items.map((hit) => (
              <li key={`${hit.type}-${hit.id}`}>
                <Link to={linkTo(hit)} className="result-title">{hit.title}</Link>
                <span className="badge">{hit.type}</span>
                {hit.status && <span className={`badge status-${hit.status}`}>{hit.status}</span>}
                {hit.archived && <span className="badge">archived</span>}
                <span className="muted"> · {formatAgo(hit.updatedAt)}</span>
                <p><Snippet snippet={hit.snippet} /></p>
              </li>
            ))}
          </ol>
        ))}
        {q && <LoadMore list={results} what="results" />}
      </div>
    </div>
  );
}
