import { Link } from 'react-router-dom';
import { usePageDecisions } from '../decisions/api';
import { StatusBadge } from '../decisions/StatusBadge';
import { LoadMore } from '../../ui/LoadMore';

/** The decisions that link to this page. */
export function PageDecisions({ pageId }: { pageId: string }) {
  const decisions = usePageDecisions(pageId);
  const items = decisions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <aside className="panel" aria-label="Decisions about this page">
      <h2>Decisions about this page</h2>
      <ul className="plain">
        {items.map((d) => (
          <li key={d.id}>
            <Link to={`/decisions/${d.id}`}>{d.title}</Link> <StatusBadge status={d.status} />
          </li>
        ))}
      </ul>
      <LoadMore list={decisions} what="decisions" />
    </aside>
  );
}
