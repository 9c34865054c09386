import { useState } from 'react';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { get, query } from '../../api/client';
import type { ListPage, PageSummary, SearchHit } from '../../api/types';
import { ProblemView } from '../../ui/ProblemView';
import { useDebounced } from '../../ui/useDebounced';
import { useNotebooks } from '../notebooks/api';

/** A page a decision concerns, with what the picker shows of it. */
export interface ChosenPage {
  id: string;
  title: string;
  notebook?: string;
}

/** Pages offered without a filter; any other page is found by typing. */
export const BROWSE_LIMIT = 50;
const FOUND_LIMIT = 20;

/** What the user typed as a search that also matches the word being typed (`plan` finds `planning`). */
export function asPrefixSearch(text: string): string {
  const trimmed = text.trim();
  const last = trimmed.split(/\s+/).pop() ?? '';
  return /^[\p{L}\p{N}]{2,}$/u.test(last) ? `${trimmed}*` : trimmed;
}

/** The first pages of the workspace's notebooks, in notebook order, and whether there are more. */
function useBrowsedPages(workspaceId: string | null) {
  const notebooks = useNotebooks(workspaceId, false);
  const shown = (notebooks.data?.items ?? []).slice(0, BROWSE_LIMIT);
  const pages = useQueries({
    queries: shown.map((nb) => ({
      queryKey: ['pages', nb.id, false, 'picker'],
      queryFn: ({ signal }: { signal: AbortSignal }) => get<ListPage<PageSummary>>(
        `/api/v1/notebooks/${nb.id}/pages${query({ limit: BROWSE_LIMIT, archived: false })}`, signal),
    })),
  });
  const all: ChosenPage[] = shown.flatMap((nb, index) =>
    (pages[index]?.data?.items ?? []).map((page) => ({ id: page.id, title: page.title, notebook: nb.title })));
  const more = all.length > BROWSE_LIMIT || Boolean(notebooks.data?.nextCursor)
    || (notebooks.data?.items.length ?? 0) > BROWSE_LIMIT || pages.some((page) => page.data?.nextCursor);
  return { pages: all.slice(0, BROWSE_LIMIT), more, notebooks };
}

/**
 * Chooses the pages a decision concerns. Without a filter it offers the workspace's first pages; typing searches
 * all of them by title and text, so a workspace of any size can be picked from. Chosen pages stay listed, whatever
 * the filter shows.
 */
export function PagePicker({ workspaceId, chosen, onChange }: {
  workspaceId: string | null;
  chosen: ChosenPage[];
  onChange: (pages: ChosenPage[]) => void;
}) {
  const [text, setText] = useState('');
  const filter = useDebounced(text.trim(), 250);
  const browsed = useBrowsedPages(workspaceId);
  const notebookTitles = new Map((browsed.notebooks.data?.items ?? []).map((nb) => [nb.id, nb.title]));
  const found = useQuery({
    queryKey: ['search', 'page-picker', workspaceId, filter],
    queryFn: ({ signal }) => get<ListPage<SearchHit>>(`/api/v1/search${query({
      q: asPrefixSearch(filter), type: 'page', workspace: workspaceId, limit: FOUND_LIMIT })}`, signal),
    enabled: Boolean(workspaceId && filter),
    placeholderData: keepPreviousData,
  });
  const offered: ChosenPage[] = filter
    ? (found.data?.items ?? []).map((hit) => ({ id: hit.id, title: hit.title,
      notebook: hit.notebookId ? notebookTitles.get(hit.notebookId) : undefined }))
    : browsed.pages;
  const isChosen = (id: string) => chosen.some((page) => page.id === id);
  const toggle = (page: ChosenPage) =>
    onChange(isChosen(page.id) ? chosen.filter((p) => p.id !== page.id) : [...chosen, page]);
  const unchosenOffers = offered.filter((page) => !isChosen(page.id));

  return (
    <fieldset>
      <legend>Pages it concerns <span className="muted">(optional)</span></legend>
      {chosen.map((page) => <PageOption key={page.id} page={page} checked onToggle={toggle} />)}
      <label htmlFor="decision-page-filter" className="visually-hidden">Find a page</label>
      <input id="decision-page-filter" type="search" placeholder="Find a page by title or text" value={text}
        onChange={(e) => setText(e.target.value)} />
      {filter && found.isError && <ProblemView error={found.error} />}
      {unchosenOffers.map((page) => <PageOption key={page.id} page={page} checked={false} onToggle={toggle} />)}
      {filter && found.isSuccess && offered.length === 0 && <p className="muted">No page matches “{filter}”.</p>}
      {!filter && browsed.notebooks.isSuccess && offered.length === 0 && chosen.length === 0 && (
        <p className="muted">No pages in this workspace yet.</p>
      )}
      {!filter && browsed.more && (
        <p className="muted">These are the workspace's first pages; type to find any other.</p>
      )}
      {filter && found.data?.nextCursor && (
        <p className="muted">The best {FOUND_LIMIT} matches; add a word to narrow them.</p>
      )}
    </fieldset>
  );
}

function PageOption({ page, checked, onToggle }: {
  page: ChosenPage;
  checked: boolean;
  onToggle: (page: ChosenPage) => void;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={() => onToggle(page)} />
      {page.title} {page.notebook && <span className="muted">({page.notebook})</span>}
    </label>
  );
}
