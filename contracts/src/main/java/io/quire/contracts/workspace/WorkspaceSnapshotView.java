package io.quire.contracts.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A whole workspace as it stood at one moment, rebuilt from the event store: its notebooks with their pages, and its
 * decisions. Archived notebooks and pages are included and say so.
 */
public record WorkspaceSnapshotView(Instant asOf, Workspace workspace, List<Notebook> notebooks,
                                    List<Decision> decisions) {

    public record Workspace(String workspaceId, String name, long version, boolean archived) {
    }

    public record Notebook(String notebookId, String title, boolean archived, long version, List<Page> pages) {
    }

    public record Page(String pageId, String title, long version, boolean archived) {
    }

    public record Decision(String decisionId, String title, String status, long version) {
    }
}
