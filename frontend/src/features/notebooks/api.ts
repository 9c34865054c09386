import { useQuery } from '@tanstack/react-query';
import { call, get, query } from '../../api/client';
import { useList } from '../../api/lists';
import type { Notebook, Page, PageAtVersion, PageDiff, PageSummary, PageVersion } from '../../api/types';

export function useNotebooks(workspaceId: string | null, archived: boolean) {
  return useList<Notebook>(['notebooks', workspaceId, archived], `/api/v1/workspaces/${workspaceId}/notebooks`,
    { archived }, { enabled: Boolean(workspaceId) });
}

export function useNotebook(notebookId: string | undefined) {
  return useQuery({
    queryKey: ['notebook', notebookId],
    queryFn: ({ signal }) => get<Notebook>(`/api/v1/notebooks/${notebookId}`, signal),
    enabled: Boolean(notebookId),
  });
}

export function usePages(notebookId: string | undefined, archived: boolean) {
  return useList<PageSummary>(['pages', notebookId, archived], `/api/v1/notebooks/${notebookId}/pages`,
    { archived }, { enabled: Boolean(notebookId) });
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
  return useList<PageVersion>(['versions', pageId], `/api/v1/pages/${pageId}/versions`, {},
    { enabled: Boolean(pageId) });
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
