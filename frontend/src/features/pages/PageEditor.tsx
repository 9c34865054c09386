import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { CommandAck, Page } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { Markdown } from '../../ui/Markdown';
import { ProblemView } from '../../ui/ProblemView';
import { ConflictDialog, type Draft } from './ConflictDialog';
import { fetchPage } from '../notebooks/api';

type View = 'write' | 'preview' | 'both';

/**
 * Edits a page in Markdown with a preview. Saving sends the version the editing started from in `If-Match`; when
 * someone saved in between, Quire answers 409 and the conflict dialog takes over.
 */
export function PageEditor({ page, onDone }: { page: Page; onDone: () => void }) {
  const queries = useQueryClient();
  const names = usePrincipalNames();
  const [draft, setDraft] = useState<Draft>({ title: page.title, body: page.body });
  const [baseVersion, setBaseVersion] = useState(page.version);
  const [view, setView] = useState<View>('both');
  const [conflict, setConflict] = useState<Page | null>(null);
  const dirty = draft.title !== page.title || draft.body !== page.body;

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = useMutation({
    mutationFn: async ({ version }: { version: number }) =>
      (await call<CommandAck>(`/api/v1/pages/${page.id}`, { method: 'PUT', body: draft, ifMatch: version })).data,
    onSuccess: async (ack) => {
      const saved = await fetchPage(page.id, ack.consistency);
      queries.setQueryData(['page', page.id], saved);
      await Promise.all([
        queries.invalidateQueries({ queryKey: ['versions', page.id] }),
        queries.invalidateQueries({ queryKey: ['pages'] }),
      ]);
      setConflict(null);
      onDone();
    },
    onError: async (error) => {
      if (error instanceof ApiProblem && error.status === 409 && error.kind !== 'state-conflict') {
        const theirs = await fetchPage(page.id);
        queries.setQueryData(['page', page.id], theirs);
        setConflict(theirs);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ version: baseVersion });
  }

  function takeTheirs(theirs: Page) {
    setDraft({ title: theirs.title, body: theirs.body });
    setBaseVersion(theirs.version);
    setConflict(null);
    save.reset();
  }

  const showConflictProblem = save.isError && !conflict
    && !(save.error instanceof ApiProblem && save.error.status === 409 && save.error.kind !== 'state-conflict');

  return (
    <form className="editor" onSubmit={submit} onKeyDown={(e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 's') {
        e.preventDefault();
        save.mutate({ version: baseVersion });
      }
    }}>
      {showConflictProblem && <ProblemView error={save.error} />}
      <label htmlFor="page-title">Title</label>
      <input id="page-title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        required />
      <div className="editor-modes" role="group" aria-label="Editor view">
        {(['write', 'preview', 'both'] as View[]).map((mode) => (
          <button key={mode} type="button" aria-pressed={view === mode} onClick={() => setView(mode)}>
            {mode === 'write' ? 'Write' : mode === 'preview' ? 'Preview' : 'Side by side'}
          </button>
        ))}
      </div>
      <div className={`editor-panes editor-${view}`}>
        {view !== 'preview' && (
          <div className="editor-pane">
            <label htmlFor="page-body">Markdown</label>
            <textarea id="page-body" value={draft.body} spellCheck
              onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          </div>
        )}
        {view !== 'write' && (
          <div className="editor-pane preview" aria-label="Preview">
            <span className="pane-label">Preview</span>
            <Markdown text={draft.body} />
          </div>
        )}
      </div>
      <div className="editor-actions">
        <span className="muted">
          Editing version {baseVersion}{dirty ? ' · unsaved changes' : ''} · Ctrl+S saves
        </span>
        <button type="button" onClick={onDone} disabled={save.isPending}>Cancel</button>
        <button type="submit" className="primary" disabled={save.isPending || !dirty}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
      {conflict && (
        <ConflictDialog
          theirs={conflict}
          mine={draft}
          baseVersion={baseVersion}
          names={names}
          busy={save.isPending}
          onOverwrite={() => save.mutate({ version: conflict.version })}
          onTakeTheirs={() => takeTheirs(conflict)}
          onKeepEditing={() => {
            setConflict(null);
            save.reset();
          }}
        />
      )}
    </form>
  );
}
