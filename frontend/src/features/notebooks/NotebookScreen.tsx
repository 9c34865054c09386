import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import type { CommandAck } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { formatAgo, formatPrincipal } from '../../ui/format';
import { ProblemView } from '../../ui/ProblemView';
import { LoadMore } from '../../ui/LoadMore';
import { Empty, QueryView } from '../../ui/States';
import { NewPageDialog } from './NotebookDialogs';
import { useNotebook, usePages } from './api';

/** One notebook: its pages, a new page, archive and restore. */
export function NotebookScreen() {
  const { notebookId } = useParams();
  const notebook = useNotebook(notebookId);
  const [showArchived, setShowArchived] = useState(false);
  const pages = usePages(notebookId, showArchived);
  const names = usePrincipalNames();
  const queries = useQueryClient();
  const [creating, setCreating] = useState(false);
  const archive = useMutation({
    mutationFn: (action: 'archive' | 'restore') =>
      send<CommandAck>(`/api/v1/notebooks/${notebookId}/${action}`, { ifMatch: notebook.data?.version }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['notebook'] }).then(() =>
      queries.invalidateQueries({ queryKey: ['notebooks'] })),
  });

  return (
    <QueryView query={notebook} what="Loading the notebook">
      {(nb) => (
        <article>
          <header className="page-header">
            <div>
              <h1>{nb.title} {nb.archived && <span className="badge">archived</span>}</h1>
              <p className="muted">
                Version {nb.version} · changed {formatAgo(nb.updatedAt)} by {formatPrincipal(nb.updatedBy, names)}
              </p>
            </div>
            <div className="actions">
              {!nb.archived && (
                <button type="button" className="primary" onClick={() => setCreating(true)}>New page</button>
              )}
              <button type="button" onClick={() => archive.mutate(nb.archived ? 'restore' : 'archive')}
                disabled={archive.isPending}>
                {nb.archived ? 'Restore notebook' : 'Archive notebook'}
              </button>
            </div>
          </header>
          {archive.isError && <ProblemView error={archive.error} />}
          <div className="toolbar">
            <label className="checkbox">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              Include archived pages
            </label>
          </div>
          <QueryView query={pages} what="Loading pages">
            {(list) => list.items.length === 0 ? (
              <Empty>This notebook has no pages yet.</Empty>
            ) : (
              <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr><th>Page</th><th>Version</th><th>Changed</th><th>By</th></tr>
                </thead>
                <tbody>
                  {list.items.map((page) => (
                    <tr key={page.id}>
                      <td>
                        <Link to={`/pages/${page.id}`}>{page.title}</Link>
                        {page.archived && <span className="badge">archived</span>}
                      </td>
                      <td>{page.version}</td>
                      <td>{formatAgo(page.updatedAt)}</td>
                      <td>{formatPrincipal(page.updatedBy, names)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            )}
          </QueryView>
          <LoadMore list={pages} what="pages" />
          {creating && notebookId && <NewPageDialog notebookId={notebookId} onClose={() => setCreating(false)} />}
        </article>
      )}
    </QueryView>
  );
}
