import type { Evaluation } from '../../api/types';

function Rows({ rows }: { rows: Record<string, unknown>[] }) {
  return <pre className="rows">{rows.map((row) => JSON.stringify(row)).join('\n')}</pre>;
}

/** What an evaluation found: per table, the rows a replay would add, drop or change compared with the live tables. */
export function EvaluationReport({ evaluation }: { evaluation: Evaluation }) {
  const report = evaluation.report;
  if (!report) return null;
  return (
    <section className="panel" aria-label="Evaluation report">
      <h3>
        Report for {evaluation.projection}:{' '}
        {report.equal
          ? <span className="badge ok">replay equals the live tables</span>
          : <span className="badge warn">differences found</span>}
      </h3>
      <div className="table-scroll">
        <table className="table compact">
          <thead>
            <tr><th>Table</th><th>Live rows</th><th>Replayed rows</th><th>Missing</th><th>Extra</th><th>Different</th></tr>
          </thead>
          <tbody>
            {report.tables.map((t) => (
              <tr key={t.table} className={t.missing + t.extra + t.different > 0 ? 'differs' : undefined}>
                <td>{t.table}</td><td>{t.liveRows}</td><td>{t.replayedRows}</td>
                <td>{t.missing}</td><td>{t.extra}</td><td>{t.different}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.tables.filter((t) => t.missing + t.extra + t.different > 0).map((t) => (
        <details key={t.table}>
          <summary>Examples from {t.table}</summary>
          {t.examples.missing.length > 0 && (<><h4>Missing after replay (live only)</h4><Rows rows={t.examples.missing} /></>)}
          {t.examples.extra.length > 0 && (<><h4>Extra after replay</h4><Rows rows={t.examples.extra} /></>)}
          {t.examples.different.length > 0 && (
            <>
              <h4>Different</h4>
              {t.examples.different.map((d, i) => (
                <div key={i} className="difference">
                  <div className="muted">key {JSON.stringify(d.key)}</div>
                  <div className="two-columns">
                    <div><span className="pane-label">live</span><Rows rows={[d.live]} /></div>
                    <div><span className="pane-label">replayed</span><Rows rows={[d.replayed]} /></div>
                  </div>
                </div>
              ))}
            </>
          )}
        </details>
      ))}
    </section>
  );
}
