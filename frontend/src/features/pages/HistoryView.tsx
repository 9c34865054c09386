import { useEffect, useState } from 'react';
import type { Page } from '../../api/types';
import { usePrincipalNames } from '../../api/hooks';
import { DiffView } from '../../ui/DiffView';
import { formatDateTime, formatPrincipal } from '../../ui/format';
import { Markdown } from '../../ui/Markdown';
import { LoadMore } from '../../ui/LoadMore';
import { QueryView } from '../../ui/States';
import { useDiff, usePageVersion, useVersions } from '../notebooks/api';

/** Every version of the page; pick any two to compare, or open one as it was. */
export function HistoryView({ page }: { page: Page }) {
  const versions = useVersions(page.id);
  const names = usePrincipalNames();
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const latest = versions.data?.items[0]?.version ?? null;

  useEffect(() => {
    if (latest === null) return;
    setTo((t) => t ?? latest);
    setFrom((f) => f ?? Math.max(1, latest - 1));
  }, [latest]);

  const diff = useDiff(page.id, from, to);
  const version = usePageVersion(page.id, shown);

  return (
    <section aria-label="History">
      <QueryView query={versions} what="Loading the history">
        {(list) => (
          <fieldset className="history">
            <legend>Versions <span className="muted">(choose two to compare)</span></legend>
            <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">From</th><th scope="col">To</th><th scope="col">Version</th>
                  <th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Title</th>
                  <th scope="col"><span className="visually-hidden">Open</span></th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((v) => (
                  <tr key={v.version} className={v.version === from || v.version === to ? 'selected' : undefined}>
                    <td>
                      <input type="radio" name="diff-from" checked={from === v.version}
                        aria-label={`Compare from version ${v.version}`} onChange={() => setFrom(v.version)} />
                    </td>
                    <td>
                      <input type="radio" name="diff-to" checked={to === v.version}
                        aria-label={`Compare to version ${v.version}`} onChange={() => setTo(v.version)} />
                    </td>
                    <td>{v.version}</td>
                    <td>{formatDateTime(v.at, true)}</td>
                    <td>{formatPrincipal(v.by, names)}</td>
                    <td>{v.change}</td>
                    <td>{v.title}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => setShown(v.version)}
                        aria-pressed={shown === v.version}>
                        View
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
            <LoadMore list={versions} what="older versions" />
          </fieldset>
        )}
      </QueryView>
      {from !== null && to !== null && (
        <QueryView query={diff} what="Comparing versions">
          {(d) => <DiffView diff={d.diff} from={d.from} to={d.to} />}
        </QueryView>
      )}
      {shown !== null && (
        <QueryView query={version} what={`Loading version ${shown}`}>
          {(v) => (
            <section className="panel" aria-label={`Version ${v.version}`}>
              <h2>Version {v.version}: {v.title}</h2>
              <p className="muted">
                {formatDateTime(v.at, true)} by {formatPrincipal(v.by, names)}{v.archived ? ' · archived' : ''}
              </p>
              <Markdown text={v.body} />
            </section>
          )}
        </QueryView>
      )}
    </section>
  );
}
