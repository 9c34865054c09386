package io.quire.query.notebook;

import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.contracts.notebook.NotebookView;

import java.time.Instant;

/** A notebook's state after each of its events, folded exactly as the {@code notebooks} projection applies them. */
public final class NotebookFold {

    private NotebookFold() {
    }

    /** The notebook after one more event; {@code null} while it does not exist. */
    public static NotebookView apply(NotebookView notebook, Object payload, Instant at, String by) {
        if (payload instanceof NotebookCreatedEvent e) {
            return new NotebookView(e.notebookId().toString(), e.workspaceId().toString(), e.title(), false,
                    e.version(), at, at, by);
        }
        if (notebook == null) {
            return null;
        }
        if (payload instanceof NotebookRenamedEvent e) {
            return new NotebookView(notebook.id(), notebook.workspaceId(), e.title(), notebook.archived(),
                    e.version(), notebook.createdAt(), at, by);
        }
        if (payload instanceof NotebookArchivedEvent e) {
            return archived(notebook, true, e.version(), at, by);
        }
        if (payload instanceof NotebookRestoredEvent e) {
            return archived(notebook, false, e.version(), at, by);
        }
        return notebook;
    }

    private static NotebookView archived(NotebookView notebook, boolean archived, long version, Instant at,
                                         String by) {
        return new NotebookView(notebook.id(), notebook.workspaceId(), notebook.title(), archived, version,
                notebook.createdAt(), at, by);
    }
}
