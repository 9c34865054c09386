import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import type { CommandAck } from '../../api/types';
import { useApiKeys, useMe } from '../../api/hooks';
import { useSession } from '../../auth/SessionContext';
import { ProblemView } from '../../ui/ProblemView';
import { PagePicker, type ChosenPage } from './PagePicker';

/** Proposes a decision: what was chosen among which options, why, for which pages, and who must approve it. */
export function ProposalForm() {
  const { workspaceId } = useSession();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const keys = useApiKeys();
  const me = useMe();
  const [title, setTitle] = useState('');
  const [context, setContext] = useState('');
  const [options, setOptions] = useState<string[]>(['', '']);
  const [chosen, setChosen] = useState(0);
  const [pages, setPages] = useState<ChosenPage[]>([]);
  const [approvers, setApprovers] = useState<string[]>([]);
  const [quorum, setQuorum] = useState<number | ''>('');

  const propose = useMutation({
    mutationFn: () => send<CommandAck>(`/api/v1/workspaces/${workspaceId}/decisions`, {
      body: {
        title,
        context: context || undefined,
        options: options.map((o) => o.trim()).filter(Boolean),
        chosenOption: options[chosen]?.trim(),
        pageIds: pages.map((page) => page.id),
        approvers,
        quorum: quorum === '' ? undefined : quorum,
      },
    }),
    onSuccess: async (ack) => {
      await queries.invalidateQueries({ queryKey: ['decisions'] });
      navigate(`/decisions/${ack.id}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    propose.mutate();
  }

  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <section className="panel" aria-label="Propose a decision">
      <h2>Propose a decision</h2>
      <form onSubmit={submit} className="form-grid">
        {propose.isError && <ProblemView error={propose.error} />}
        <label htmlFor="decision-title">Title</label>
        <input id="decision-title" value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus />
        <label htmlFor="decision-context">Context <span className="muted">(optional)</span></label>
        <textarea id="decision-context" value={context} onChange={(e) => setContext(e.target.value)} rows={3} />
        <fieldset>
          <legend>Options <span className="muted">(mark the chosen one)</span></legend>
          {options.map((option, index) => (
            <div className="option-row" key={index}>
              <input type="radio" name="chosen" checked={chosen === index} onChange={() => setChosen(index)}
                aria-label={`Option ${index + 1} is the chosen one`} />
              <input value={option} aria-label={`Option ${index + 1}`} required={index < 1}
                onChange={(e) => setOptions(options.map((o, i) => (i === index ? e.target.value : o)))} />
              {options.length > 1 && (
                <button type="button" className="link-button" aria-label={`Remove option ${index + 1}`}
                  onClick={() => {
                    setOptions(options.filter((_, i) => i !== index));
                    setChosen((c) => (c >= index && c > 0 ? c - 1 : c));
                  }}>Remove</button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => setOptions([...options, ''])}>Add an option</button>
        </fieldset>
        <fieldset>
          <legend>Approvers <span className="muted">(API keys of this tenant)</span></legend>
          {keys.isError && <ProblemView error={keys.error} />}
          {(keys.data?.items ?? []).map((key) => {
            const principal = `key:${key.id}`;
            return (
              <label key={key.id} className="checkbox">
                <input type="checkbox" checked={approvers.includes(principal)}
                  onChange={() => setApprovers(toggle(approvers, principal))} />
                {key.name} <span className="muted">({key.prefix}…){principal === me.principal && ' — you'}</span>
              </label>
            );
          })}
          <label htmlFor="decision-quorum">Quorum <span className="muted">(default: all approvers)</span></label>
          <input id="decision-quorum" type="number" min={1} max={Math.max(1, approvers.length)} value={quorum}
            onChange={(e) => setQuorum(e.target.value === '' ? '' : Number(e.target.value))} />
        </fieldset>
        <PagePicker workspaceId={workspaceId} chosen={pages} onChange={setPages} />
        <div className="form-actions">
          <button type="button" onClick={() => navigate('/decisions')}>Cancel</button>
          <button type="submit" className="primary" disabled={propose.isPending}>Propose</button>
        </div>
      </form>
    </section>
  );
}
