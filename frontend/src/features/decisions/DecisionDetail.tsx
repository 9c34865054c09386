import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { send } from '../../api/client';
import type { CommandAck, Decision } from '../../api/types';
import { useMe, usePrincipalNames } from '../../api/hooks';
import { useSession } from '../../auth/SessionContext';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime, formatPrincipal } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { ProblemView } from '../../ui/ProblemView';
import { QueryView } from '../../ui/States';
import { usePage } from '../notebooks/api';
import { useDecision, useDecisions } from './api';
import { StatusBadge } from './StatusBadge';

function PageLink({ pageId }: { pageId: string }) {
  const page = usePage(pageId);
  return <Link to={`/pages/${pageId}`}>{page.data?.title ?? (page.isError ? 'a page you cannot see' : '…')}</Link>;
}

/** One step of the supersede chain, followed in one direction until it ends. */
function ChainStep({ decisionId, direction, depth = 0 }: {
  decisionId: string;
  direction: 'older' | 'newer';
  depth?: number;
}) {
  const decision = useDecision(decisionId);
  const next = direction === 'older' ? decision.data?.supersedes : decision.data?.supersededBy;
  return (
    <>
      {direction === 'older' && next && depth < 10 && <ChainStep decisionId={next} direction="older" depth={depth + 1} />}
      <li>
        <Link to={`/decisions/${decisionId}`}>{decision.data?.title ?? '…'}</Link>{' '}
        {decision.data && <StatusBadge status={decision.data.status} />}
      </li>
      {direction === 'newer' && next && depth < 10 && <ChainStep decisionId={next} direction="newer" depth={depth + 1} />}
    </>
  );
}

function SupersedeChain({ decision }: { decision: Decision }) {
  if (!decision.supersedes && !decision.supersededBy) return null;
  return (
    <section aria-label="Supersede chain">
      <h3>Supersede chain <span className="muted">(oldest first)</span></h3>
      <ol className="chain">
        {decision.supersedes && <ChainStep decisionId={decision.supersedes} direction="older" />}
        <li aria-current="true"><strong>{decision.title}</strong> <StatusBadge status={decision.status} /></li>
        {decision.supersededBy && <ChainStep decisionId={decision.supersededBy} direction="newer" />}
      </ol>
    </section>
  );
}

function RejectDialog({ onReject, onClose, pending, error }: {
  onReject: (reason: string) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  const [reason, setReason] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onReject(reason);
  }
  return (
    <Dialog title="Reject this decision" onClose={onClose}>
      <form onSubmit={submit}>
        {error !== null && <ProblemView error={error} />}
        <label htmlFor="reject-reason">Why? (the author and the other approvers see this)</label>
        <textarea id="reject-reason" value={reason} onChange={(e) => setReason(e.target.value)} required data-autofocus
          rows={3} onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="danger" disabled={pending}>Reject</button>
        </div>
      </form>
    </Dialog>
  );
}

function SupersedeDialog({ decision, onSupersede, onClose, pending, error }: {
  decision: Decision;
  onSupersede: (by: string) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { workspaceId } = useSession();
  const decisions = useDecisions(workspaceId);
  const candidates = (decisions.data?.items ?? []).filter((d) => d.id !== decision.id
    && (d.status === 'approved' || d.status === 'proposed'));
  const [by, setBy] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSupersede(by);
  }
  return (
    <Dialog title="Supersede this decision" onClose={onClose}>
      <form onSubmit={submit}>
        {error !== null && <ProblemView error={error} />}
        <label htmlFor="supersede-by">Replaced by</label>
        <select id="supersede-by" value={by} onChange={(e) => setBy(e.target.value)} required data-autofocus>
          <option value="">Choose the newer decision…</option>
          {candidates.map((d) => <option key={d.id} value={d.id}>{d.title} ({d.status})</option>)}
        </select>
        <LoadMore list={decisions} what="decisions to choose from" />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="primary" disabled={pending || !by}>Supersede</button>
        </div>
      </form>
    </Dialog>
  );
}

/** A decision with its votes, pages and supersede chain, and the actions its status allows the caller. */
export function DecisionDetail() {
  const { decisionId } = useParams();
  const decision = useDecision(decisionId);
  const me = useMe();
  const names = usePrincipalNames();
  const queries = useQueryClient();
  const [dialog, setDialog] = useState<'reject' | 'supersede' | null>(null);
  const act = useMutation({
    mutationFn: ({ action, body }: { action: string; body?: unknown }) =>
      send<CommandAck>(`/api/v1/decisions/${decisionId}/${action}`, { body }),
    onSuccess: async () => {
      setDialog(null);
      await queries.invalidateQueries({ queryKey: ['decision'] });
      await queries.invalidateQueries({ queryKey: ['decisions'] });
    },
  });

  return (
    <section className="panel decision-detail" aria-label="Decision">
      <QueryView query={decision} what="Loading the decision">
        {(d) => {
          const voted = d.votes.some((v) => v.approver === me.principal);
          const canVote = d.status === 'proposed' && me.principal !== null && d.approvers.includes(me.principal)
            && !voted;
          const canWithdraw = d.status === 'proposed' && d.proposedBy === me.principal;
          return (
            <>
              <header className="page-header">
                <div>
                  <h2>{d.title} <StatusBadge status={d.status} /></h2>
                  <p className="muted">
                    Proposed by {formatPrincipal(d.proposedBy, names)} on {formatDateTime(d.proposedAt)}
                    {d.decidedAt && ` · decided ${formatDateTime(d.decidedAt)}`} · {d.approvals}/{d.quorum} approvals
                  </p>
                </div>
                <div className="actions">
                  {canVote && (
                    <>
                      <button type="button" className="primary" disabled={act.isPending}
                        onClick={() => act.mutate({ action: 'approve' })}>Approve</button>
                      <button type="button" className="danger" onClick={() => setDialog('reject')}>Reject…</button>
                    </>
                  )}
                  {canWithdraw && (
                    <button type="button" disabled={act.isPending}
                      onClick={() => act.mutate({ action: 'withdraw' })}>Withdraw</button>
                  )}
                  {d.status === 'approved' && (
                    <button type="button" onClick={() => setDialog('supersede')}>Supersede…</button>
                  )}
                  <Link to="/decisions" className="button">Close</Link>
                </div>
              </header>
              {act.isError && dialog === null && <ProblemView error={act.error} />}
              {d.context && <p className="decision-context">{d.context}</p>}
              <h3>Options</h3>
              <ul className="options">
                {d.options.map((option) => (
                  <li key={option} className={option === d.chosenOption ? 'chosen' : undefined}>
                    {option}{option === d.chosenOption && <span className="badge">chosen</span>}
                  </li>
                ))}
              </ul>
              <h3>Approvers</h3>
              <ul className="plain">
                {d.approvers.map((approver) => {
                  const vote = d.votes.find((v) => v.approver === approver);
                  return (
                    <li key={approver}>
                      {formatPrincipal(approver, names)}{approver === me.principal && ' (you)'}:{' '}
                      {vote ? (
                        <>
                          <strong className={`vote-${vote.vote}`}>{vote.vote === 'approve' ? 'approved' : 'rejected'}</strong>
                          {' '}{formatDateTime(vote.at)}{vote.reason && <> — “{vote.reason}”</>}
                        </>
                      ) : <span className="muted">has not voted</span>}
                    </li>
                  );
                })}
              </ul>
              {d.pageIds.length > 0 && (
                <>
                  <h3>Pages</h3>
                  <ul className="plain">{d.pageIds.map((id) => <li key={id}><PageLink pageId={id} /></li>)}</ul>
                </>
              )}
              <SupersedeChain decision={d} />
              {dialog === 'reject' && (
                <RejectDialog onClose={() => setDialog(null)} pending={act.isPending} error={act.error}
                  onReject={(reason) => act.mutate({ action: 'reject', body: { reason } })} />
              )}
              {dialog === 'supersede' && (
                <SupersedeDialog decision={d} onClose={() => setDialog(null)} pending={act.isPending}
                  error={act.error} onSupersede={(by) => act.mutate({ action: 'supersede', body: { by } })} />
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
