import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import type { CommandAck } from '../../api/types';
import { Dialog } from '../../ui/Dialog';
import { ProblemView } from '../../ui/ProblemView';

function TitleDialog({ title, label, submitLabel, onClose, onSubmit, pending, error }: {
  title: string;
  label: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (value: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const [value, setValue] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(value);
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        {error !== null && error !== undefined && <ProblemView error={error} />}
        <label htmlFor="dialog-title">{label}</label>
        <input id="dialog-title" value={value} onChange={(e) => setValue(e.target.value)} required data-autofocus />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={pending}>{submitLabel}</button>
        </div>
      </form>
    </Dialog>
  );
}

export function NewNotebookDialog({ workspaceId, onClose }: { workspaceId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const create = useMutation({
    mutationFn: (title: string) =>
      send<CommandAck>(`/api/v1/workspaces/${workspaceId}/notebooks`, { body: { title } }),
    onSuccess: async (ack) => {
      await queries.invalidateQueries({ queryKey: ['notebooks'] });
      onClose();
      navigate(`/notebooks/${ack.id}`, { state: { consistency: ack.consistency } });
    },
  });
  return (
    <TitleDialog title="New notebook" label="Title" submitLabel="Create notebook" onClose={onClose}
      onSubmit={(title) => create.mutate(title)} pending={create.isPending} error={create.error} />
  );
}

export function NewPageDialog({ notebookId, onClose }: { notebookId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const create = useMutation({
    mutationFn: (title: string) =>
      send<CommandAck>(`/api/v1/notebooks/${notebookId}/pages`, { body: { title, body: `# ${title}\n` } }),
    onSuccess: async (ack) => {
      await queries.invalidateQueries({ queryKey: ['pages', notebookId] });
      onClose();
      navigate(`/pages/${ack.id}`, { state: { consistency: ack.consistency, edit: true } });
    },
  });
  return (
    <TitleDialog title="New page" label="Title" submitLabel="Create page" onClose={onClose}
      onSubmit={(title) => create.mutate(title)} pending={create.isPending} error={create.error} />
  );
}
