import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useList } from '../../api/lists';
import type { AuditEntry } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { formatDateTime, formatPrincipal, fromLocalInput } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { ProblemView } from '../../ui/ProblemView';
import { Empty, Loading } from '../../ui/States';

interface Filters {
  aggregate: string;
  type: string;
  user: string;
  from: string;
  to: string;
}

const NONE: Filters = { aggregate: '', type: '', user: '', from: '', to: '' };

function linkFor(entry: AuditEntry): string | null {
  if (!entry.aggregateType || !entry.aggregateId) return null;
  const kind = entry.aggregateType.toLowerCase();
  if (kind === 'page') return `/pages/${entry.aggregateId}`;
  if (kind === 'notebook') return `/notebooks/${entry.aggregateId}`;
  if (kind === 'decision') return `/decisions/${entry.aggregateId}`;
  return null;
}

/** Every event of the tenant, oldest first: who did what, when; filtered by aggregate, type, who and time. */
export function AuditScreen() {
  const names = usePrincipalNames();
  const [draft, setDraft] = useState<Filters>(NONE);
  const [filters, setFilters] = useState<Filters>(NONE);
  const audit = useList<AuditEntry>(['audit', filters], '/api/v1/audit', {
    aggregate: filters.aggregate, type: filters.type, user: filters.user,
    from: fromLocalInput(filters.from), to: fromLocalInput(filters.to),
  }, { pageSize: 50, retry: false });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  const entries = audit.data?.items ?? [];
  const field = (name: keyof Filters, label: string, type = 'text', placeholder = '') => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input id={`audit-${name}`} type={type} value={draft[name]} placeholder={placeholder} step={type === 'datetime-local' ? 1 : undefined}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </div>
  );

  return (
    <div className="audit">
      <h1>Audit</h1>
      <form className="filters" onSubmit={apply} aria-label="Filters">
        {field('user', 'Who', 'text', 'key:…')}
        {field('type', 'What (event type)', 'text', 'PageEdited')}
        {field('aggregate', 'Which (id)', 'text')}
        {field('from', 'From', 'datetime-local')}
        {field('to', 'To', 'datetime-local')}
        <div className="filter-actions">
          <button type="submit" className="primary">Apply</button>
          <button type="button" onClick={() => { setDraft(NONE); setFilters(NONE); }}>Clear</button>
        </div>
      </form>
      {audit.isPending && <Loading what="Loading the audit trail" />}
      {audit.isError && !audit.isFetchNextPageError && <ProblemView error={audit.error} onRetry={() => audit.refetch()} />}
      {audit.isSuccess && entries.length === 0 && <Empty>No events match.</Empty>}
      {entries.length > 0 && (
        <ol className="timeline" aria-label="Events">
          {entries.map((entry) => {
            const link = linkFor(entry);
            return (
              <li key={entry.position}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, true)}</time>
                <div>
                  <strong>{formatPrincipal(entry.principal, names)}</strong>{' '}
                  <span className="badge">{entry.type}</span>{' '}
                  {link ? <Link to={link}>{entry.summary || entry.aggregateId}</Link> : entry.summary}
                  <div className="muted small">
                    {entry.aggregateType && `${entry.aggregateType} ${entry.aggregateId}`}
                    {entry.version !== null && ` v${entry.version}`} · position {entry.position}
                    {entry.correlationId && ` · correlation ${entry.correlationId}`}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <LoadMore list={audit} what="events" />
    </div>
  );
}
