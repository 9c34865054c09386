import { useQuery } from '@tanstack/react-query';
import { call, get, query } from '../../api/client';
import type { ListPage, Notebook, Page, PageAtVersion, PageDiff, PageSummary, PageVersion } from '../../api/types';

export function useNotebooks(workspaceId: string | null, archived: boolean) {
  return useQuery({
    queryKey: ['notebooks', workspaceId, archived],
    queryFn: ({ signal }) =>
      get<ListPage<Notebook>>(`/api/v1/workspaces/${workspaceId}/notebooks${query({ limit: 200, archived })}`, signal),
    enabled: Boolean(workspaceId),
  });
}

export function useNotebook(notebookId: string | undefined) {
  return useQuery({
    queryKey: ['notebook', notebookId],
    queryFn: ({ signal }) => get<Notebook>(`/api/v1/notebooks/${notebookId}`, signal),
    enabled: Boolean(notebookId),
  });
}

export function usePages(notebookId: string | undefined, archived: boolean) {
  return useQuery({
    queryKey: ['pages', notebookId, archived],
    queryFn: ({ signal }) =>
      get<ListPage<PageSummary>>(`/api/v1/notebooks/${notebookId}/pages${query({ limit: 200, archived })}`, signal),
    enabled: Boolean(notebookId),
  });
}

export async function fetchPage(pageId: string, consistency?: string, signal?: AbortSignal): Promise<Page> {
  return (await call<Page>(`/api/v1/pages/${pageId}${query({ consistency })}`, { signal })).data;
}

export function usePage(pageId: string | undefined) {
  return useQuery({
    queryKey: ['page', pageId],
    queryFn: ({ signal }) => fetchPage(pageId!, undefined, signal),
    enabled: Boolean(pageId),
  });
}

export function usePageAsOf(pageId: string | undefined, asOf: string | null) {
  return useQuery({
    queryKey: ['page-as-of', pageId, asOf],
    queryFn: ({ signal }) => get<Page>(`/api/v1/pages/${pageId}${query({ asOf })}`, signal),
    enabled: Boolean(pageId && asOf),
    retry: false,
  });
}

export function useVersions(pageId: string | undefined) {
  return useQuery({
    queryKey: ['versions', pageId],
    queryFn: ({ signal }) => get<ListPage<PageVersion>>(`/api/v1/pages/${pageId}/versions?limit=200`, signal),
    enabled: Boolean(pageId),
  });
}

export function usePageVersion(pageId: string | undefined, version: number | null) {
  return useQuery({
    queryKey: ['page-version', pageId, version],
    queryFn: ({ signal }) => get<PageAtVersion>(`/api/v1/pages/${pageId}/versions/${version}`, signal),
    enabled: Boolean(pageId && version),
    staleTime: Infinity,
  });
}

export function useDiff(pageId: string | undefined, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['diff', pageId, from, to],
    queryFn: ({ signal }) => get<PageDiff>(`/api/v1/pages/${pageId}/diff${query({ from, to })}`, signal),
    enabled: Boolean(pageId && from && to),
    staleTime: Infinity,
  });
}
