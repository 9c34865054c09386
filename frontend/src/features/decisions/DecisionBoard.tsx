import { Link, Outlet, useParams } from 'react-router-dom';
import { DECISION_STATUSES, type DecisionSummary } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { useSession } from '../../auth/SessionContext';
import { formatAgo, formatPrincipal } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { Empty, QueryView } from '../../ui/States';
import { useDecisions } from './api';

const COLUMN_TITLES = {
  proposed: 'Proposed', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn', superseded: 'Superseded',
};

/** The workspace's decisions in one column per status; the chosen one opens beside the board. */
export function DecisionBoard() {
  const { workspaceId } = useSession();
  const decisions = useDecisions(workspaceId);
  const names = usePrincipalNames();
  const { decisionId } = useParams();

  if (!workspaceId) return <Empty>Create a workspace first: use the workspace menu at the top.</Empty>;
  return (
    <div className="decisions">
      <header className="page-header">
        <h1>Decisions</h1>
        <Link className="button primary" to="/decisions/new">Propose a decision</Link>
      </header>
      <Outlet />
      <QueryView query={decisions} what="Loading decisions">
        {(list) => list.items.length === 0 && !decisionId ? (
          <Empty>No decisions yet. Propose the first one.</Empty>
        ) : (
          <div className="board">
            {DECISION_STATUSES.map((status) => {
              const column = list.items.filter((d: DecisionSummary) => d.status === status);
              return (
                <section key={status} className={`board-column status-${status}`} aria-label={COLUMN_TITLES[status]}>
                  <h2>{COLUMN_TITLES[status]} <span className="count">{column.length}</span></h2>
                  <ul className="plain">
                    {column.map((d) => (
                      <li key={d.id}>
                        <Link to={`/decisions/${d.id}`} className={`card ${d.id === decisionId ? 'current' : ''}`}>
                          <strong>{d.title}</strong>
                          <span className="muted">Chosen: {d.chosenOption}</span>
                          <span className="muted">
                            {d.approvals}/{d.quorum} approvals · {formatPrincipal(d.proposedBy, names)} ·{' '}
                            {formatAgo(d.proposedAt)}
                          </span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
      </QueryView>
      <LoadMore list={decisions} what="decisions" />
    </div>
  );
}
