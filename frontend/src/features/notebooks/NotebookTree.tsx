import { useState } from 'react';
import { NavLink, useParams } from 'react-router-dom';
import type { Notebook } from '../../api/types';
import { LoadMore } from '../../ui/LoadMore';
import { Empty, QueryView } from '../../ui/States';
import { useNotebooks, usePages } from './api';

function NotebookBranch({ notebook, archived, open, onToggle }: {
  notebook: Notebook;
  archived: boolean;
  open: boolean;
  onToggle: () => void;
}) {
  const pages = usePages(open ? notebook.id : undefined, archived);
  const branchId = `branch-${notebook.id}`;
  return (
    <li className={notebook.archived ? 'archived' : undefined}>
      <div className="tree-row">
        <button
          type="button"
          className="tree-toggle"
          aria-expanded={open}
          aria-controls={branchId}
          aria-label={`${open ? 'Collapse' : 'Expand'} ${notebook.title}`}
          onClick={onToggle}
        >
          {open ? '▾' : '▸'}
        </button>
        <NavLink to={`/notebooks/${notebook.id}`} className="tree-notebook">
          {notebook.title}
          {notebook.archived && <span className="badge">archived</span>}
        </NavLink>
      </div>
      {open && (
        <ul id={branchId} className="tree-pages">
          {pages.isPending && <li className="muted">Loading…</li>}
          {pages.isError && <li className="muted">Pages could not be loaded</li>}
          {pages.data?.items.length === 0 && <li className="muted">No pages</li>}
          {pages.data?.items.map((page) => (
            <li key={page.id} className={page.archived ? 'archived' : undefined}>
              <NavLink to={`/pages/${page.id}`}>
                {page.title}
                {page.archived && <span className="badge">archived</span>}
              </NavLink>
            </li>
          ))}
          {(pages.hasNextPage || pages.isFetchNextPageError) && <li><LoadMore list={pages} what="pages" /></li>}
        </ul>
      )}
    </li>
  );
}

/** The workspace's notebooks, each opening onto its pages. */
export function NotebookTree({ workspaceId, currentNotebookId }: { workspaceId: string; currentNotebookId?: string }) {
  const [archived, setArchived] = useState(false);
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const notebooks = useNotebooks(workspaceId, archived);
  const { notebookId } = useParams();
  const current = currentNotebookId ?? notebookId;

  return (
    <div className="tree">
      <label className="checkbox">
        <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        Show archived
      </label>
      <QueryView query={notebooks} what="Loading notebooks">
        {(list) => list.items.length === 0 ? (
          <Empty>No notebooks yet.</Empty>
        ) : (
          <ul className="tree-notebooks" aria-label="Notebooks">
            {list.items.map((notebook) => (
              <NotebookBranch
                key={notebook.id}
                notebook={notebook}
                archived={archived}
                open={opened[notebook.id] ?? notebook.id === current}
                onToggle={() => setOpened((o) => ({ ...o, [notebook.id]: !(o[notebook.id] ?? notebook.id === current) }))}
              />
            ))}
          </ul>
        )}
      </QueryView>
      <LoadMore list={notebooks} what="notebooks" />
    </div>
  );
}
