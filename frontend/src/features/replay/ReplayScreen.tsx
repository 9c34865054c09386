import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, get, send } from '../../api/client';
import type { Evaluation, ListPage, Projection } from '../../api/types';
import type { StreamStatus } from '../../sse/connect';
import { useEventStream } from '../../sse/useEventStream';
import { formatNumber } from '../../ui/format';
import { ProblemView } from '../../ui/ProblemView';
import { Empty, QueryView } from '../../ui/States';
import { EvaluationReport } from './EvaluationReport';
import { ProgressBar } from './ProgressBar';

const PROJECTIONS = ['projections'];

/** Follows the progress stream and writes each update into the cached list, so the bars move without polling. */
function useProgressStream(): StreamStatus | 'off' {
  const queries = useQueryClient();
  return useEventStream('/api/v1/admin/projections/progress', true, (event) => {
    if (event.event !== 'progress') return;
    const update = JSON.parse(event.data) as Projection;
    queries.setQueryData<{ items: Projection[] }>(PROJECTIONS, (list) => list && {
      items: list.items.some((p) => p.name === update.name)
        ? list.items.map((p) => (p.name === update.name ? update : p))
        : [...list.items, update],
    });
  });
}

function ProjectionsTable() {
  const queries = useQueryClient();
  const stream = useProgressStream();
  const projections = useQuery({
    queryKey: PROJECTIONS,
    queryFn: ({ signal }) => get<{ items: Projection[] }>('/api/v1/admin/projections', signal),
    refetchInterval: stream === 'open' ? false : 2000,
  });
  const start = useMutation({
    mutationFn: ({ name, how }: { name: string; how: 'replay' | 'rebuild' }) =>
      send<{ name: string; status: string }>(`/api/v1/admin/projections/${encodeURIComponent(name)}/${how}`),
    onSuccess: () => queries.invalidateQueries({ queryKey: PROJECTIONS }),
  });
  return (
    <section aria-label="Projections">
      <h2>Projections <span className="muted small">{stream === 'open' ? '· live progress' : '· refreshing every 2 s'}</span></h2>
      {start.isError && <ProblemView error={start.error} />}
      <QueryView query={projections} what="Loading projections">
        {(list) => list.items.length === 0 ? <Empty>No projections.</Empty> : (
          <ul className="plain projection-list">
            {list.items.map((p) => {
              const busy = p.status === 'replaying' || p.status === 'rebuilding';
              const refused = p.replayable === false;
              return (
                <li key={p.name} className="panel">
                  <div className="projection-head">
                    <strong>{p.name}</strong> <span className={`badge processor-${p.status}`}>{p.status}</span>
                    <span className="muted small">{p.tables.join(', ')}</span>
                    <span className="actions">
                      <button type="button" disabled={busy || refused || start.isPending}
                        title={p.refusal ?? undefined}
                        onClick={() => start.mutate({ name: p.name, how: 'replay' })}>Replay</button>
                      <button type="button" disabled={busy || refused || start.isPending}
                        onClick={() => start.mutate({ name: p.name, how: 'rebuild' })}
                        title="Rebuild into shadow tables and switch atomically">Rebuild</button>
                    </span>
                  </div>
                  {refused && p.refusal && <p className="muted small">Not replayable: {p.refusal}</p>}
                  {p.lastFailure && <p className="problem-detail">Last replay failed: {p.lastFailure}</p>}
                  {(p.pendingRows ?? 0) > 0 && (
                    <p className="muted small" role="status">
                      Completing: {p.pendingRows!.toLocaleString()} rows still to index
                    </p>
                  )}
                  <ProgressBar label={`${p.name} progress`} percent={p.percent} eventsPerSecond={p.eventsPerSecond}
                    etaSeconds={busy ? p.etaSeconds : undefined} position={p.position} head={p.head} />
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

function EvaluationPanel() {
  const queries = useQueryClient();
  const projections = useQuery({
    queryKey: PROJECTIONS,
    queryFn: ({ signal }) => get<{ items: Projection[] }>('/api/v1/admin/projections', signal),
  }).data;
  const [projection, setProjection] = useState('');
  const [tenant, setTenant] = useState('');
  const [upTo, setUpTo] = useState('');
  const [current, setCurrent] = useState<string | null>(null);
  const evaluations = useQuery({
    queryKey: ['evaluations'],
    queryFn: ({ signal }) => get<ListPage<Evaluation>>('/api/v1/admin/evaluations', signal),
    retry: false,
  });
  const evaluation = useQuery({
    queryKey: ['evaluation', current],
    queryFn: ({ signal }) => get<Evaluation>(`/api/v1/admin/evaluations/${current}`, signal),
    enabled: Boolean(current),
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 1000 : false),
  });
  const start = useMutation({
    mutationFn: async () => (await call<Evaluation>('/api/v1/admin/evaluations', {
      method: 'POST',
      body: { projection, tenant: tenant || undefined, upTo: upTo || undefined },
    })).data,
    onSuccess: (started) => {
      setCurrent(started.evaluationId);
      void queries.invalidateQueries({ queryKey: ['evaluations'] });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    start.mutate();
  }

  return (
    <section aria-label="Evaluations">
      <h2>Evaluate a replay</h2>
      <p className="muted">
        Replays a projection into scratch tables and compares them with the live ones, without touching them.
      </p>
      <form className="inline-form" onSubmit={submit}>
        {start.isError && <ProblemView error={start.error} />}
        <label htmlFor="eval-projection">Projection</label>
        <input id="eval-projection" list="eval-projections" value={projection} required placeholder="pages or pages@next"
          onChange={(e) => setProjection(e.target.value)} />
        <datalist id="eval-projections">
          {(projections?.items ?? []).filter((p) => p.replayable !== false)
            .map((p) => <option key={p.name} value={p.name} />)}
        </datalist>
        <label htmlFor="eval-tenant">Tenant <span className="muted">(optional)</span></label>
        <input id="eval-tenant" value={tenant} onChange={(e) => setTenant(e.target.value)} />
        <label htmlFor="eval-upto">Up to <span className="muted">(position or ISO time, optional)</span></label>
        <input id="eval-upto" value={upTo} onChange={(e) => setUpTo(e.target.value)} />
        <button type="submit" className="primary" disabled={start.isPending}>Start evaluation</button>
      </form>
      {current && (
        <QueryView query={evaluation} what="Starting the evaluation">
          {(e) => (
            <div className="panel" aria-live="polite">
              <p>Evaluation of <strong>{e.projection}</strong>: <span className="badge">{e.status}</span></p>
              {e.failure && <p className="problem-detail">{e.failure}</p>}
              {e.status === 'running' && (
                <ProgressBar label="Evaluation progress" percent={e.progress.percent}
                  position={e.progress.position} head={e.progress.head} />
              )}
              <EvaluationReport evaluation={e} />
            </div>
          )}
        </QueryView>
      )}
      <h3>Earlier evaluations</h3>
      {evaluations.isError && <ProblemView error={evaluations.error} />}
      {evaluations.data && (evaluations.data.items.length === 0 ? <p className="muted">None yet.</p> : (
        <ul className="plain">
          {evaluations.data.items.map((e) => (
            <li key={e.evaluationId}>
              <button type="button" className="link-button" onClick={() => setCurrent(e.evaluationId)}>
                {e.projection}
              </button>{' '}
              <span className="badge">{e.status}</span>
              {e.report && (e.report.equal ? ' · equal' : ` · ${formatNumber(e.report.tables.reduce(
                (n, t) => n + t.missing + t.extra + t.different, 0))} differences`)}
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}

/** Operators: replay or rebuild a projection and watch it go; evaluate a replay before doing it for real. */
export function ReplayScreen() {
  return (
    <div className="replay">
      <h1>Replay</h1>
      <ProjectionsTable />
      <EvaluationPanel />
    </div>
  );
}
