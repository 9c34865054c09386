import { useState } from 'react';
import { useList } from '../../api/lists';
import type { Saga } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { ProblemView } from '../../ui/ProblemView';
import { Empty, Loading } from '../../ui/States';

/** Operators: every saga with its steps, attempts and compensations, and how it ended. */
export function SagasScreen() {
  const [state, setState] = useState('');
  const [type, setType] = useState('');
  const sagas = useList<Saga>(['sagas', state, type], '/api/v1/admin/sagas', { state, type },
    { pageSize: 50, refetchInterval: 5000 });
  const items = sagas.data?.items ?? [];
  return (
    <div>
      <h1>Sagas</h1>
      <div className="filters">
        <div className="field">
          <label htmlFor="saga-state">State</label>
          <select id="saga-state" value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">Any</option>
            <option value="running">running</option>
            <option value="completed">completed</option>
            <option value="compensated">compensated</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="saga-type">Type</label>
          <select id="saga-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">Any</option>
            <option value="plan-change">plan-change</option>
            <option value="invoice-payment">invoice-payment</option>
            <option value="decision-notice">decision-notice</option>
          </select>
        </div>
      </div>
      {sagas.isPending && <Loading what="Loading sagas" />}
      {sagas.isError && !sagas.isFetchNextPageError && <ProblemView error={sagas.error} />}
      {sagas.isSuccess && items.length === 0 && <Empty>No sagas match.</Empty>}
      <ul className="plain">
        {items.map((saga) => (
          <li key={`${saga.type}/${saga.subject}`} className="panel">
            <strong>{saga.type}</strong> <span className={`badge saga-${saga.state}`}>{saga.state}</span>
            <span className="muted small"> {saga.subject} · started {formatDateTime(saga.startedAt, true)}
              {saga.endedAt && ` · ended ${formatDateTime(saga.endedAt, true)}`}
              {saga.compensations > 0 && ` · ${saga.compensations} compensations`}</span>
            <ol className="steps">
              {saga.steps.map((step) => (
                <li key={step.step} className={`step step-${step.status}`}>
                  {step.step}: {step.status}{step.attempts > 1 && ` (${step.attempts} attempts)`}
                  {step.detail && <span className="muted"> — {step.detail}</span>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
      <LoadMore list={sagas} what="sagas" />
    </div>
  );
}
