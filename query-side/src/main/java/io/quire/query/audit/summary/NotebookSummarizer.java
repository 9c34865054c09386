package io.quire.query.audit.summary;

import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static io.quire.query.audit.summary.EventSummarizer.quoted;

/** Workspaces and their notebooks: the containers pages live in. */
@Component
class NotebookSummarizer implements EventSummarizer {

    @Override
    public Optional<String> describe(LoggedEvent event) {
        Object payload = event.payload();
        if (payload instanceof NotebookCreatedEvent e) {
            return Optional.of("Notebook " + quoted(e.title()) + " created in workspace " + e.workspaceId());
        }
        if (payload instanceof NotebookRenamedEvent e) {
            return Optional.of("Notebook " + e.notebookId() + " renamed to " + quoted(e.title()) + " (version "
                    + e.version() + ")");
        }
        if (payload instanceof NotebookArchivedEvent e) {
            return Optional.of("Notebook " + e.notebookId() + " archived (version " + e.version() + ")");
        }
        if (payload instanceof NotebookRestoredEvent e) {
            return Optional.of("Notebook " + e.notebookId() + " restored (version " + e.version() + ")");
        }
        if (payload instanceof WorkspaceCreatedEvent e) {
            return Optional.of("Workspace " + quoted(e.name()) + " created");
        }
        if (payload instanceof WorkspaceRenamedEvent e) {
            return Optional.of("Workspace " + e.workspaceId() + " renamed to " + quoted(e.name()) + " (version "
                    + e.version() + ")");
        }
        if (payload instanceof WorkspaceArchivedEvent e) {
            return Optional.of("Workspace " + e.workspaceId() + " archived (version " + e.version() + ")");
        }
        return Optional.empty();
    }
}
