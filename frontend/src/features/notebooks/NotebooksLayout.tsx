import { useState } from 'react';
import { Outlet, useParams } from 'react-router-dom';
import { useSession } from '../../auth/SessionContext';
import { Empty } from '../../ui/States';
import { NotebookTree } from './NotebookTree';
import { NewNotebookDialog } from './NotebookDialogs';
import { usePage } from './api';

/** Notebooks on the left, the chosen notebook or page on the right. */
export function NotebooksLayout() {
  const { workspaceId } = useSession();
  const { pageId } = useParams();
  const page = usePage(pageId);
  const [creating, setCreating] = useState(false);

  if (!workspaceId) {
    return <Empty>Create a workspace first: use the workspace menu at the top.</Empty>;
  }
  return (
    <div className="split">
      <aside className="split-side" aria-label="Notebooks">
        <div className="side-header">
          <h2>Notebooks</h2>
          <button type="button" onClick={() => setCreating(true)}>New notebook</button>
        </div>
        <NotebookTree workspaceId={workspaceId} currentNotebookId={page.data?.notebookId} />
      </aside>
      <section className="split-main">
        <Outlet />
      </section>
      {creating && <NewNotebookDialog workspaceId={workspaceId} onClose={() => setCreating(false)} />}
    </div>
  );
}

export function NotebooksHome() {
  return (
    <Empty>
      <h1>Notebooks</h1>
      <p>Choose a notebook or a page on the left, or create a notebook.</p>
    </Empty>
  );
}
