import { useState } from 'react';
import { Link, NavLink, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import type { CommandAck, Page } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { formatAgo, formatPrincipal } from '../../ui/format';
import { Markdown } from '../../ui/Markdown';
import { ProblemView } from '../../ui/ProblemView';
import { QueryView } from '../../ui/States';
import { useNotebook, usePage } from '../notebooks/api';
import { PageEditor } from './PageEditor';
import { HistoryView } from './HistoryView';
import { AsOfView } from './AsOfView';
import { PageDecisions } from './PageDecisions';

function PageBody({ page }: { page: Page }) {
  const location = useLocation();
  const [editing, setEditing] = useState(Boolean((location.state as { edit?: boolean } | null)?.edit));
  if (editing) return <PageEditor page={page} onDone={() => setEditing(false)} />;
  return (
    <>
      <div className="toolbar">
        {page.archived ? (
          <span className="muted">Archived pages cannot be edited; restore it first.</span>
        ) : (
          <button type="button" className="primary" onClick={() => setEditing(true)}>Edit</button>
        )}
      </div>
      <Markdown text={page.body} />
      <PageDecisions pageId={page.id} />
    </>
  );
}

/** A page: read and edit it, its history and diffs, and how it looked at any moment. */
export function PageScreen() {
  const { pageId } = useParams();
  const page = usePage(pageId);
  const notebook = useNotebook(page.data?.notebookId);
  const names = usePrincipalNames();
  const queries = useQueryClient();
  const archive = useMutation({
    mutationFn: (action: 'archive' | 'restore') =>
      send<CommandAck>(`/api/v1/pages/${pageId}/${action}`, { ifMatch: page.data?.version }),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['page', pageId] });
      await queries.invalidateQueries({ queryKey: ['pages'] });
      await queries.invalidateQueries({ queryKey: ['versions', pageId] });
    },
  });

  return (
    <QueryView query={page} what="Loading the page">
      {(p) => (
        <article className="page">
          <nav className="breadcrumbs" aria-label="Breadcrumbs">
            <Link to={`/notebooks/${p.notebookId}`}>{notebook.data?.title ?? 'Notebook'}</Link> / {p.title}
          </nav>
          <header className="page-header">
            <div>
              <h1>{p.title} {p.archived && <span className="badge">archived</span>}</h1>
              <p className="muted" data-testid="page-meta">
                Version {p.version} · changed {formatAgo(p.updatedAt)} by {formatPrincipal(p.updatedBy, names)}
              </p>
            </div>
            <div className="actions">
              <button type="button" onClick={() => archive.mutate(p.archived ? 'restore' : 'archive')}
                disabled={archive.isPending}>
                {p.archived ? 'Restore page' : 'Archive page'}
              </button>
            </div>
          </header>
          {archive.isError && <ProblemView error={archive.error} />}
          <nav className="tabs" aria-label="Page views">
            <NavLink end to={`/pages/${p.id}`}>Page</NavLink>
            <NavLink to={`/pages/${p.id}/history`}>History</NavLink>
            <NavLink to={`/pages/${p.id}/as-of`}>View as of…</NavLink>
          </nav>
          <Routes>
            <Route index element={<PageBody key={`${p.id}`} page={p} />} />
            <Route path="history" element={<HistoryView page={p} />} />
            <Route path="as-of" element={<AsOfView page={p} />} />
          </Routes>
        </article>
      )}
    </QueryView>
  );
}
