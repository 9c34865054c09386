export type DiffLineKind = 'context' | 'added' | 'removed' | 'hunk' | 'note';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** Line number in the older version (context and removed lines). */
  oldNumber?: number;
  /** Line number in the newer version (context and added lines). */
  newNumber?: number;
}

const HUNK = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Reads a unified diff (as `GET /pages/{id}/diff` answers it) into numbered lines. File headers are dropped. */
export function parseUnifiedDiff(diff: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let oldLine = 0;
  let newLine = 0;
  const raw = diff.endsWith('\n') ? diff.slice(0, -1) : diff;
  if (!raw) return lines;
  for (const line of raw.split('\n')) {
    if (line.startsWith('--- ') || line.startsWith('+++ ')) continue;
    const hunk = line.match(HUNK);
    if (hunk) {
      oldLine = Number(hunk[1]);
      newLine = Number(hunk[2]);
      lines.push({ kind: 'hunk', text: line });
    } else if (line.startsWith('+')) {
      lines.push({ kind: 'added', text: line.slice(1), newNumber: newLine++ });
    } else if (line.startsWith('-')) {
      lines.push({ kind: 'removed', text: line.slice(1), oldNumber: oldLine++ });
    } else if (line.startsWith('\\')) {
      lines.push({ kind: 'note', text: line });
    } else {
      lines.push({ kind: 'context', text: line.slice(1), oldNumber: oldLine++, newNumber: newLine++ });
    }
  }
  return lines;
}
