package io.quire.command.notebook;

import io.quire.command.shared.StateConflictException;
import io.quire.command.support.EventHistory;
import io.quire.command.workspace.Workspace;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.ArchiveNotebookCommand;
import io.quire.contracts.notebook.CreateNotebookCommand;
import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.notebook.NotebookRenamedEvent;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.contracts.notebook.RenameNotebookCommand;
import io.quire.contracts.notebook.RestoreNotebookCommand;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.command.support.Refusals.invalidInput;
import static io.quire.command.support.Refusals.notFound;
import static io.quire.command.support.Refusals.staleVersion;

class NotebookTest {

    private final AggregateTestFixture<Notebook> fixture = new AggregateTestFixture<>(Notebook.class);
    private final EventHistory<Workspace> workspaces = new EventHistory<>(Workspace.class);

    private final NotebookId notebook = NotebookId.random();
    private final WorkspaceId workspace = WorkspaceId.random();
    private final TenantId tenant = TenantId.random();
    private final TenantId otherTenant = TenantId.random();

    @BeforeEach
    void wireNotebookCreation() {
        fixture.registerAnnotatedCommandHandler(new NotebookCreation(workspaces.repository(), fixture.getRepository()));
    }

    private NotebookCreatedEvent created() {
        return new NotebookCreatedEvent(notebook, tenant, workspace, "Ideas", 1);
    }

    private NotebookArchivedEvent archivedAt(long version) {
        return new NotebookArchivedEvent(notebook, tenant, version);
    }

    // --- creation, through NotebookCreation and the workspace it names

    @Test
    void creatingInAnActiveWorkspaceEmitsNotebookCreatedAtVersionOne() {
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, tenant, "Research", 1));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, workspace, "Ideas"))
                .expectEvents(new NotebookCreatedEvent(notebook, tenant, workspace, "Ideas", 1))
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsCreatingInAnArchivedWorkspace() {
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, tenant, "Research", 1),
                new WorkspaceArchivedEvent(workspace, tenant, 2));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, workspace, "Ideas"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingInAnotherTenantsWorkspace() {
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, otherTenant, "Their research", 1));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, workspace, "Ideas"))
                .expectException(notFound("workspace", workspace))
                .expectNoEvents();
    }

    @Test
    void anotherTenantsArchivedWorkspaceIsNotFoundRatherThanArchived() {
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, otherTenant, "Their research", 1),
                new WorkspaceArchivedEvent(workspace, otherTenant, 2));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, workspace, "Ideas"))
                .expectException(notFound("workspace", workspace))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingInAnUnknownWorkspace() {
        WorkspaceId unknown = WorkspaceId.random();
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, tenant, "Research", 1));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, unknown, "Ideas"))
                .expectException(notFound("workspace", unknown))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingWithABlankTitle() {
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, tenant, "Research", 1));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, workspace, "\t"))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingWithATitleOver200CodePoints() {
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, tenant, "Research", 1));

        fixture.givenNoPriorActivity()
                .when(new CreateNotebookCommand(notebook, tenant, workspace, "x".repeat(201)))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    // --- rename

    @Test
    void renameCreatesTheNextVersion() {
        fixture.given(created())
                .when(new RenameNotebookCommand(notebook, tenant, "Sketches", 1L))
                .expectEvents(new NotebookRenamedEvent(notebook, tenant, "Sketches", 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void renameToTheSameTitleEmitsNothingAndReturnsTheCurrentVersion() {
        fixture.given(created(), new NotebookRenamedEvent(notebook, tenant, "Sketches", 2))
                .when(new RenameNotebookCommand(notebook, tenant, "Sketches", 2L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsRenameWhenVersionIsStale() {
        fixture.given(created(), new NotebookRenamedEvent(notebook, tenant, "Sketches", 2))
                .when(new RenameNotebookCommand(notebook, tenant, "Drafts", 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void renameWithoutExpectedVersionSkipsTheVersionCheck() {
        fixture.given(created(), new NotebookRenamedEvent(notebook, tenant, "Sketches", 2))
                .when(new RenameNotebookCommand(notebook, tenant, "Drafts", null))
                .expectEvents(new NotebookRenamedEvent(notebook, tenant, "Drafts", 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsRenameWhenArchived() {
        fixture.given(created(), archivedAt(2))
                .when(new RenameNotebookCommand(notebook, tenant, "Sketches", 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRenameToABlankTitle() {
        fixture.given(created())
                .when(new RenameNotebookCommand(notebook, tenant, "", 1L))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsRenameToATitleWithControlCharacters() {
        fixture.given(created())
                .when(new RenameNotebookCommand(notebook, tenant, "Ideas\u001B[31m", 1L))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsRenameFromAnotherTenant() {
        fixture.given(created())
                .when(new RenameNotebookCommand(notebook, otherTenant, "Sketches", 1L))
                .expectException(notFound("notebook", notebook))
                .expectNoEvents();
    }

    // --- archive and restore

    @Test
    void archiveEmitsNotebookArchivedAtTheNextVersion() {
        fixture.given(created())
                .when(new ArchiveNotebookCommand(notebook, tenant, 1L))
                .expectEvents(new NotebookArchivedEvent(notebook, tenant, 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsArchiveWhenAlreadyArchived() {
        fixture.given(created(), archivedAt(2))
                .when(new ArchiveNotebookCommand(notebook, tenant, 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsArchiveWhenVersionIsStale() {
        fixture.given(created(), new NotebookRenamedEvent(notebook, tenant, "Sketches", 2))
                .when(new ArchiveNotebookCommand(notebook, tenant, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsArchiveFromAnotherTenant() {
        fixture.given(created())
                .when(new ArchiveNotebookCommand(notebook, otherTenant, 1L))
                .expectException(notFound("notebook", notebook))
                .expectNoEvents();
    }

    @Test
    void restoreBringsAnArchivedNotebookBackAtTheNextVersion() {
        fixture.given(created(), archivedAt(2))
                .when(new RestoreNotebookCommand(notebook, tenant, 2L))
                .expectEvents(new NotebookRestoredEvent(notebook, tenant, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsRestoreWhenNotArchived() {
        fixture.given(created())
                .when(new RestoreNotebookCommand(notebook, tenant, 1L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRestoreWhenAlreadyRestored() {
        fixture.given(created(), archivedAt(2), new NotebookRestoredEvent(notebook, tenant, 3))
                .when(new RestoreNotebookCommand(notebook, tenant, 3L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRestoreWhenVersionIsStale() {
        fixture.given(created(), archivedAt(2))
                .when(new RestoreNotebookCommand(notebook, tenant, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsRestoreFromAnotherTenant() {
        fixture.given(created(), archivedAt(2))
                .when(new RestoreNotebookCommand(notebook, otherTenant, 2L))
                .expectException(notFound("notebook", notebook))
                .expectNoEvents();
    }

    @Test
    void aRestoredNotebookCanBeRenamedAgain() {
        fixture.given(created(), archivedAt(2), new NotebookRestoredEvent(notebook, tenant, 3))
                .when(new RenameNotebookCommand(notebook, tenant, "Sketches", 3L))
                .expectEvents(new NotebookRenamedEvent(notebook, tenant, "Sketches", 4))
                .expectResultMessagePayload(4L);
    }
}
