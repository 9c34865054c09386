import { useId } from 'react';
import type { Page } from '../../api/types';
import { Dialog } from '../../ui/Dialog';
import { formatDateTime, formatPrincipal } from '../../ui/format';

export interface Draft {
  title: string;
  body: string;
}

/**
 * Someone saved the page after you started editing. Shows their saved version beside your unsaved one and lets you
 * choose: save yours over theirs, take theirs and drop yours, or go back to editing with nothing saved.
 */
export function ConflictDialog({ theirs, mine, baseVersion, names = {}, busy = false, onOverwrite, onTakeTheirs,
  onKeepEditing }: {
  theirs: Page;
  mine: Draft;
  baseVersion: number;
  names?: Record<string, string>;
  busy?: boolean;
  onOverwrite: () => void;
  onTakeTheirs: () => void;
  onKeepEditing: () => void;
}) {
  const explanation = useId();
  return (
    <Dialog title="Someone else saved this page first" onClose={onKeepEditing} wide describedBy={explanation}>
      <p id={explanation}>
        You started from version {baseVersion}. Meanwhile {formatPrincipal(theirs.updatedBy, names)} saved
        version {theirs.version} ({formatDateTime(theirs.updatedAt)}). Your changes are not saved yet.
      </p>
      <div className="conflict-columns">
        <section aria-label={`Their version (version ${theirs.version})`}>
          <h3>Their version <span className="muted">(version {theirs.version}, saved)</span></h3>
          <p className="conflict-title"><strong>{theirs.title}</strong></p>
          <pre className="conflict-body" data-testid="conflict-theirs">{theirs.body}</pre>
        </section>
        <section aria-label="Your version (not saved)">
          <h3>Your version <span className="muted">(not saved)</span></h3>
          <p className="conflict-title"><strong>{mine.title}</strong></p>
          <pre className="conflict-body" data-testid="conflict-mine">{mine.body}</pre>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onKeepEditing} data-autofocus disabled={busy}>
          Keep editing
        </button>
        <button type="button" onClick={onTakeTheirs} disabled={busy}>
          Discard mine, use theirs
        </button>
        <button type="button" className="danger" onClick={onOverwrite} disabled={busy}>
          Save mine as version {theirs.version + 1}
        </button>
      </div>
    </Dialog>
  );
}
