import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, get, send } from '../../api/client';
import type { CommandAck, Workspace } from '../../api/types';
import { useSession } from '../../auth/SessionContext';
import { ProblemView } from '../../ui/ProblemView';
import { QueryView } from '../../ui/States';

/** The chosen workspace: its name, the language its content is searched in, and archiving it. */
export function WorkspaceSettings() {
  const { workspaceId } = useSession();
  const queries = useQueryClient();
  const workspace = useQuery({
    queryKey: ['workspace', workspaceId],
    queryFn: ({ signal }) => get<Workspace>(`/api/v1/workspaces/${workspaceId}`, signal),
    enabled: Boolean(workspaceId),
  });
  const languages = useQuery({
    queryKey: ['search-languages'],
    queryFn: ({ signal }) => get<{ default: string; languages: string[] }>('/api/v1/search/languages', signal),
    staleTime: Infinity,
    retry: false,
  });
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('');
  useEffect(() => {
    if (workspace.data) {
      setName(workspace.data.name);
      setLanguage(workspace.data.searchLanguage ?? '');
    }
  }, [workspace.data]);

  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['workspace', workspaceId] });
    await queries.invalidateQueries({ queryKey: ['workspaces'] });
  };
  const rename = useMutation({
    mutationFn: () => call<CommandAck>(`/api/v1/workspaces/${workspaceId}`,
      { method: 'PATCH', body: { name }, ifMatch: workspace.data?.version }),
    onSuccess: refresh,
  });
  const changeLanguage = useMutation({
    mutationFn: () => call<CommandAck>(`/api/v1/workspaces/${workspaceId}/search-language`,
      { method: 'PUT', body: { language }, ifMatch: workspace.data?.version }),
    onSuccess: refresh,
  });
  const archive = useMutation({
    mutationFn: () => send<CommandAck>(`/api/v1/workspaces/${workspaceId}/archive`),
    onSuccess: refresh,
  });

  if (!workspaceId) return null;
  return (
    <section className="panel" aria-label="Workspace">
      <h2>Workspace</h2>
      <QueryView query={workspace} what="Loading the workspace">
        {(ws) => (
          <>
            <form className="inline-form" onSubmit={(e: FormEvent) => { e.preventDefault(); rename.mutate(); }}>
              {rename.isError && <ProblemView error={rename.error} />}
              <label htmlFor="workspace-rename">Name</label>
              <input id="workspace-rename" value={name} onChange={(e) => setName(e.target.value)} required />
              <button type="submit" disabled={rename.isPending || name === ws.name}>Rename</button>
            </form>
            <form className="inline-form" onSubmit={(e: FormEvent) => { e.preventDefault(); changeLanguage.mutate(); }}>
              {changeLanguage.isError && <ProblemView error={changeLanguage.error} />}
              <label htmlFor="workspace-language">Search language</label>
              {languages.data ? (
                <select id="workspace-language" value={language || languages.data.default}
                  onChange={(e) => setLanguage(e.target.value)}>
                  {languages.data.languages.map((l) => <option key={l} value={l}>{l}</option>)}
                </select>
              ) : (
                <input id="workspace-language" value={language} onChange={(e) => setLanguage(e.target.value)}
                  placeholder="english" />
              )}
              <button type="submit" disabled={changeLanguage.isPending || !language || language === ws.searchLanguage}>
                Change
              </button>
            </form>
            {archive.isError && <ProblemView error={archive.error} />}
            {!ws.archived && (
              <button type="button" className="danger" disabled={archive.isPending} onClick={() => archive.mutate()}>
                Archive this workspace
              </button>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
