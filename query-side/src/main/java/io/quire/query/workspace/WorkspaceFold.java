package io.quire.query.workspace;

import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.contracts.workspace.WorkspaceSearchLanguageChangedEvent;
import io.quire.contracts.workspace.WorkspaceView;
import io.quire.query.search.SearchProjection;

import java.time.Instant;

/** A workspace's state after each of its events, folded exactly as the {@code workspaces} projection applies them. */
public final class WorkspaceFold {

    private WorkspaceFold() {
    }

    /** The workspace after one more event; {@code null} while it does not exist. */
    public static WorkspaceView apply(WorkspaceView workspace, Object payload, Instant at, String by) {
        if (payload instanceof WorkspaceCreatedEvent e) {
            return new WorkspaceView(e.workspaceId().toString(), e.name(), false, e.version(), at, at, by,
                    SearchProjection.DEFAULT_LANGUAGE);
        }
        if (workspace == null) {
            return null;
        }
        if (payload instanceof WorkspaceRenamedEvent e) {
            return new WorkspaceView(workspace.id(), e.name(), workspace.archived(), e.version(),
                    workspace.createdAt(), at, by, workspace.searchLanguage());
        }
        if (payload instanceof WorkspaceArchivedEvent e) {
            return new WorkspaceView(workspace.id(), workspace.name(), true, e.version(), workspace.createdAt(), at,
                    by, workspace.searchLanguage());
        }
        if (payload instanceof WorkspaceSearchLanguageChangedEvent e) {
            return new WorkspaceView(workspace.id(), workspace.name(), workspace.archived(), e.version(),
                    workspace.createdAt(), at, by, e.language());
        }
        return workspace;
    }
}
