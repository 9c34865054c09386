import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import { useWorkspaces } from '../../api/hooks';
import type { CommandAck } from '../../api/types';
import { useSession } from '../../auth/SessionContext';
import { Dialog } from '../../ui/Dialog';
import { ProblemView } from '../../ui/ProblemView';

const NEW = '__new__';

/** Chooses the workspace every screen works in; the first one is chosen for you. */
export function WorkspaceSwitcher() {
  const { workspaceId, selectWorkspace } = useSession();
  const workspaces = useWorkspaces();
  const [creating, setCreating] = useState(false);
  const items = workspaces.data?.items ?? [];

  useEffect(() => {
    if (!workspaces.data || workspaces.isFetching) return;
    const known = items.some((w) => w.id === workspaceId);
    if (!known) selectWorkspace(items[0]?.id ?? null);
  }, [workspaces.data, workspaces.isFetching, workspaceId, items, selectWorkspace]);

  return (
    <div className="workspace-switcher">
      <label htmlFor="workspace" className="visually-hidden">Workspace</label>
      <select
        id="workspace"
        value={workspaceId ?? ''}
        onChange={(e) => (e.target.value === NEW ? setCreating(true) : selectWorkspace(e.target.value))}
        disabled={workspaces.isPending}
      >
        {workspaces.isPending && <option value="">Loading…</option>}
        {!workspaces.isPending && items.length === 0 && <option value="">No workspace yet</option>}
        {items.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
        <option value={NEW}>+ New workspace…</option>
      </select>
      {creating && <NewWorkspaceDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

export function NewWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { selectWorkspace } = useSession();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (workspaceName: string) => send<CommandAck>('/api/v1/workspaces', { body: { name: workspaceName } }),
    onSuccess: async (ack) => {
      // The list is read again with this write's consistency token (see client.ts), so it holds the new one.
      await queries.invalidateQueries({ queryKey: ['workspaces'] });
      selectWorkspace(ack.id);
      onClose();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(name);
  }

  return (
    <Dialog title="New workspace" onClose={onClose}>
      <form onSubmit={submit}>
        {create.isError && <ProblemView error={create.error} />}
        <label htmlFor="workspace-name">Name</label>
        <input id="workspace-name" value={name} onChange={(e) => setName(e.target.value)} data-autofocus required />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={create.isPending}>Create workspace</button>
        </div>
      </form>
    </Dialog>
  );
}
