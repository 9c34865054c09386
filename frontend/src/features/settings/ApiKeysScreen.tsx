import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, send } from '../../api/client';
import type { IssuedApiKey } from '../../api/types';
import { useApiKeys, useMe } from '../../api/hooks';
import { formatAgo } from '../../ui/format';
import { ProblemView } from '../../ui/ProblemView';
import { QueryView } from '../../ui/States';
import { WorkspaceSettings } from './WorkspaceSettings';

/** The tenant's API keys: issue one (its secret is shown once), see when each was last used, revoke. */
export function ApiKeysScreen() {
  const keys = useApiKeys();
  const me = useMe();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const issue = useMutation({
    mutationFn: () => send<IssuedApiKey>('/api/v1/api-keys', { body: { name, email: email || undefined } }),
    onSuccess: async (key) => {
      setIssued(key);
      setName('');
      setEmail('');
      await queries.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(`/api/v1/api-keys/${id}`, { method: 'DELETE' }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['api-keys'] }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    issue.mutate();
  }

  return (
    <div>
      <h1>Settings</h1>
      <WorkspaceSettings />
      <h2>API keys</h2>
      <form className="inline-form" onSubmit={submit}>
        {issue.isError && <ProblemView error={issue.error} />}
        <label htmlFor="key-name">Name</label>
        <input id="key-name" value={name} onChange={(e) => setName(e.target.value)} required />
        <label htmlFor="key-email">E-mail <span className="muted">(optional)</span></label>
        <input id="key-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit" className="primary" disabled={issue.isPending}>Issue key</button>
      </form>
      {issued && (
        <div className="notice" role="status">
          New key “{issued.name}”: <code data-testid="issued-key">{issued.apiKey}</code> — copy it now; it is not
          shown again.
        </div>
      )}
      {revoke.isError && <ProblemView error={revoke.error} />}
      <QueryView query={keys} what="Loading keys">
        {(list) => (
          <div className="table-scroll">
          <table className="table">
            <thead><tr><th>Name</th><th>Prefix</th><th>Created</th><th>Last used</th><th /></tr></thead>
            <tbody>
              {list.items.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}{`key:${key.id}` === me.principal && <span className="badge">this session</span>}</td>
                  <td><code>{key.prefix}…</code></td>
                  <td>{formatAgo(key.createdAt)}</td>
                  <td>{formatAgo(key.lastUsedAt)}</td>
                  <td>
                    {`key:${key.id}` !== me.principal && (
                      <button type="button" className="danger" disabled={revoke.isPending}
                        onClick={() => revoke.mutate(key.id)}>Revoke</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </QueryView>
    </div>
  );
}
