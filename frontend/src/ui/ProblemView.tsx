import { Link } from 'react-router-dom';
import { asProblem } from '../api/problem';

/** An error as the API described it: its problem+json title and detail, never a blank screen. */
export function ProblemView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = asProblem(error);
  return (
    <div className="problem" role="alert">
      <strong className="problem-title">{problem.title}</strong>
      {problem.status > 0 && <span className="problem-status"> ({problem.status})</span>}
      {problem.detail && <p className="problem-detail">{problem.detail}</p>}
      <div className="problem-actions">
        {problem.status === 401 && <Link to="/sign-in">Sign in again</Link>}
        {onRetry && (
          <button type="button" className="link-button" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    </div>
  );
}
