import { useState, type FormEvent } from 'react';
import type { Page } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { formatDateTime, formatPrincipal, fromLocalInput, toLocalInput } from '../../ui/format';
import { Markdown } from '../../ui/Markdown';
import { ProblemView } from '../../ui/ProblemView';
import { Loading } from '../../ui/States';
import { usePageAsOf } from '../notebooks/api';

/** The page as it was at a chosen date and time (`GET /pages/{id}?asOf=`), rebuilt from its events. */
export function AsOfView({ page }: { page: Page }) {
  const names = usePrincipalNames();
  // The input holds whole seconds: start at the next one, so that "now" includes a change made a moment ago.
  const [input, setInput] = useState(() => toLocalInput(new Date(Date.now() + 1000)));
  const [asOf, setAsOf] = useState<string | null>(null);
  const result = usePageAsOf(page.id, asOf);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAsOf(fromLocalInput(input));
  }

  return (
    <section aria-label="View as of">
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="as-of">Show the page as it was at</label>
        <input id="as-of" type="datetime-local" step={1} value={input} onChange={(e) => setInput(e.target.value)}
          required />
        <button type="submit" className="primary">Show</button>
      </form>
      <p className="muted">Created {formatDateTime(page.createdAt, true)}; times are in your time zone.</p>
      {asOf && result.isPending && <Loading what="Rebuilding the page" />}
      {asOf && result.isError && <ProblemView error={result.error} />}
      {result.data && (
        <section className="panel" aria-label="Page as of">
          {result.data.asOf ? (
            <p className="notice">
              As of {formatDateTime(result.data.asOf, true)}: version {result.data.version},
              last changed by {formatPrincipal(result.data.updatedBy, names)}
              {result.data.archived ? ' · archived then' : ''}
            </p>
          ) : (
            <p className="notice warning">
              This server does not support time travel yet (it ignored <code>asOf</code>); this is the current
              version.
            </p>
          )}
          <h2>{result.data.title}</h2>
          <Markdown text={result.data.body} />
        </section>
      )}
    </section>
  );
}
