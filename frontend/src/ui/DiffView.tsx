import { parseUnifiedDiff } from './diff';

const SIGNS = { added: '+', removed: '−', context: ' ', hunk: '', note: '' } as const;
const SPOKEN = { added: 'added', removed: 'removed', context: 'unchanged', hunk: '', note: '' } as const;

/** A unified diff as a table: old and new line numbers, and added and removed lines marked in colour and in text. */
export function DiffView({ diff, from, to }: { diff: string; from: number; to: number }) {
  const lines = parseUnifiedDiff(diff);
  if (lines.length === 0) {
    return <p className="empty">The text of version {from} and version {to} is the same.</p>;
  }
  const added = lines.filter((l) => l.kind === 'added').length;
  const removed = lines.filter((l) => l.kind === 'removed').length;
  return (
    <figure className="diff">
      <figcaption>
        Changes from version {from} to version {to}: <span className="diff-added-count">+{added}</span>{' '}
        <span className="diff-removed-count">−{removed}</span>
      </figcaption>
      <div className="diff-scroll">
        <table>
          <tbody>
            {lines.map((line, index) => (
              <tr key={index} className={`diff-${line.kind}`}>
                {line.kind === 'hunk' || line.kind === 'note' ? (
                  <td colSpan={4} className="diff-hunk-text">{line.text}</td>
                ) : (
                  <>
                    <td className="diff-num">{line.oldNumber ?? ''}</td>
                    <td className="diff-num">{line.newNumber ?? ''}</td>
                    <td className="diff-sign" aria-label={SPOKEN[line.kind]}>{SIGNS[line.kind]}</td>
                    <td className="diff-text">{line.text}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
