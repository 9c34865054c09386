package io.quire.command.page;

import io.quire.command.notebook.Notebook;
import io.quire.command.shared.ContentTooLargeException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.support.EventHistory;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookArchivedEvent;
import io.quire.contracts.notebook.NotebookCreatedEvent;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.notebook.NotebookRestoredEvent;
import io.quire.contracts.page.ArchivePageCommand;
import io.quire.contracts.page.CreatePageCommand;
import io.quire.contracts.page.EditPageCommand;
import io.quire.contracts.page.MovePageCommand;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageId;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.contracts.page.RestorePageCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.quire.command.support.Refusals.invalidInput;
import static io.quire.command.support.Refusals.notFound;
import static io.quire.command.support.Refusals.staleVersion;
import static io.quire.command.support.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    private static final int MIB = 1024 * 1024;
    private static final String EURO = "\u20AC";

    private final AggregateTestFixture<Page> fixture = new AggregateTestFixture<>(Page.class);
    private final EventHistory<Notebook> notebooks = new EventHistory<>(Notebook.class);

    private final PageId page = PageId.random();
    private final TenantId tenant = TenantId.random();
    private final TenantId otherTenant = TenantId.random();
    private final WorkspaceId workspace = WorkspaceId.random();
    private final WorkspaceId otherWorkspace = WorkspaceId.random();
    private final NotebookId notebook = NotebookId.random();
    private final NotebookId sibling = NotebookId.random();

    @BeforeEach
    void wireCrossAggregateHandlers() {
        fixture.registerAnnotatedCommandHandler(new PageCreation(notebooks.repository(), fixture.getRepository()));
        fixture.registerAnnotatedCommandHandler(new PageRelocation(notebooks.repository(), fixture.getRepository()));
    }

    private PageCreatedEvent created() {
        return new PageCreatedEvent(page, tenant, workspace, notebook, "Plan", "# Plan\n", 1);
    }

    private PageEditedEvent editedAt(long version, String title, String body) {
        return new PageEditedEvent(page, tenant, title, body, version);
    }

    private void givenNotebook(NotebookId id, TenantId owner, WorkspaceId in, Object... laterEvents) {
        notebooks.given(id, new NotebookCreatedEvent(id, owner, in, "Notes", 1));
        if (laterEvents.length > 0) {
            notebooks.given(id, laterEvents);
        }
    }

    // --- creation, through PageCreation and the notebook it names

    @Test
    void creatingInAnActiveNotebookEmitsPageCreatedAtVersionOneInTheNotebooksWorkspace() {
        givenNotebook(notebook, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", "# Plan\n"))
                .expectEvents(new PageCreatedEvent(page, tenant, workspace, notebook, "Plan", "# Plan\n", 1))
                .expectResultMessagePayload(1L);
    }

    @Test
    void creatingWithoutABodyGivesAnEmptyBody() {
        givenNotebook(notebook, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", null))
                .expectEvents(new PageCreatedEvent(page, tenant, workspace, notebook, "Plan", "", 1));
    }

    @Test
    void creatingInARestoredNotebookIsAllowed() {
        givenNotebook(notebook, tenant, workspace, new NotebookArchivedEvent(notebook, tenant, 2),
                new NotebookRestoredEvent(notebook, tenant, 3));

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", "body"))
                .expectEvents(new PageCreatedEvent(page, tenant, workspace, notebook, "Plan", "body", 1));
    }

    @Test
    void rejectsCreatingInAnArchivedNotebook() {
        givenNotebook(notebook, tenant, workspace, new NotebookArchivedEvent(notebook, tenant, 2));

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", "body"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingInAnotherTenantsNotebook() {
        givenNotebook(notebook, otherTenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", "body"))
                .expectException(notFound("notebook", notebook))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingInAnUnknownNotebook() {
        givenNotebook(notebook, tenant, workspace);
        NotebookId unknown = NotebookId.random();

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, unknown, "Plan", "body"))
                .expectException(notFound("notebook", unknown))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingWithABlankTitle() {
        givenNotebook(notebook, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, " ", "body"))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingWithABodyOverOneMebibyte() {
        givenNotebook(notebook, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", "a".repeat(MIB + 1)))
                .expectException(ContentTooLargeException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingWithANulInTheBody() {
        givenNotebook(notebook, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new CreatePageCommand(page, tenant, notebook, "Plan", "a\u0000b"))
                .expectException(invalidInput("body"))
                .expectNoEvents();
    }

    // --- edit

    @Test
    void editCreatesTheNextVersionCarryingTheFullTitleAndBody() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan v2", "# Plan\n\n- ship it\n", 1L))
                .expectEvents(editedAt(2, "Plan v2", "# Plan\n\n- ship it\n"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void editOfTheBodyAloneStillCarriesTheUnchangedTitle() {
        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new EditPageCommand(page, tenant, "Plan v2", "three", 2L))
                .expectEvents(editedAt(3, "Plan v2", "three"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void editOfTheTitleAloneStillCarriesTheUnchangedBody() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Renamed", "# Plan\n", 1L))
                .expectEvents(editedAt(2, "Renamed", "# Plan\n"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void noOpEditEmitsNothingAndReturnsTheCurrentVersion() {
        fixture.given(created(), editedAt(2, "Plan v2", "two"), editedAt(3, "Plan v3", "three"))
                .when(new EditPageCommand(page, tenant, "Plan v3", "three", 3L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void editWithoutABodyKeepsTheBody() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Renamed", null, 1L))
                .expectEvents(editedAt(2, "Renamed", "# Plan\n"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void editWithoutATitleKeepsTheTitle() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, null, "new body", 1L))
                .expectEvents(editedAt(2, "Plan", "new body"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void editWithNeitherTitleNorBodyIsInvalid() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, null, null, 1L))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void anEmptyBodyIsAnEditLikeAnyOther() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", "", 1L))
                .expectEvents(editedAt(2, "Plan", ""));
    }

    @Test
    void editKeepsEmojiRightToLeftTextAndCombiningMarksExactly() {
        String body = "\uD83D\uDE80 \u05E9\u05DC\u05D5\u05DD e\u0301\r\n\ttrailing  ";
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", body, 1L))
                .expectEvents(editedAt(2, "Plan", body));
    }

    @Test
    void rejectsEditWhenVersionIsStale() {
        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new EditPageCommand(page, tenant, "Mine", "mine", 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void editWithoutExpectedVersionSkipsTheVersionCheck() {
        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new EditPageCommand(page, tenant, "Mine", "mine", null))
                .expectEvents(editedAt(3, "Mine", "mine"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void acceptsABodyOfExactlyOneMebibyteOfUtf8() {
        // 349,525 three-byte euro signs and one ASCII letter: 1,048,576 bytes exactly.
        String body = EURO.repeat(349_525) + "a";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(MIB);

        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", body, 1L))
                .expectEvents(editedAt(2, "Plan", body))
                .expectResultMessagePayload(2L);
    }

    /** The limit is in UTF-8 bytes: this body is far under 1 Mi chars but one byte over 1 MiB. */
    @Test
    void rejectsABodyOverOneMebibyteOfUtf8EvenWhenItHasFewerCharacters() {
        String body = EURO.repeat(349_525) + "ab";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(MIB + 1);
        assertThat(body.length()).isLessThan(MIB / 2);

        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", body, 1L))
                .expectException(ContentTooLargeException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnAsciiBodyOneByteOverOneMebibyte() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", "a".repeat(MIB + 1), 1L))
                .expectException(ContentTooLargeException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsABodyContainingNul() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", "before\u0000after", 1L))
                .expectException(invalidInput("body"))
                .expectNoEvents();
    }

    @Test
    void rejectsABodyWithAnUnpairedHighSurrogate() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", "broken \uD83D emoji", 1L))
                .expectException(invalidInput("body"))
                .expectNoEvents();
    }

    @Test
    void rejectsABodyEndingInAnUnpairedHighSurrogate() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", "broken \uD83D", 1L))
                .expectException(invalidInput("body"))
                .expectNoEvents();
    }

    @Test
    void rejectsABodyWithAnUnpairedLowSurrogate() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan", "broken \uDE80 emoji", 1L))
                .expectException(invalidInput("body"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnEditedTitleThatIsBlank() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "  ", "body", 1L))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnEditedTitleWithAnUnpairedSurrogate() {
        fixture.given(created())
                .when(new EditPageCommand(page, tenant, "Plan \uDE80", "body", 1L))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsEditWhenArchived() {
        fixture.given(created(), new PageArchivedEvent(page, tenant, 2))
                .when(new EditPageCommand(page, tenant, "Plan", "new body", 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsEditFromAnotherTenant() {
        fixture.given(created())
                .when(new EditPageCommand(page, otherTenant, "Plan", "new body", 1L))
                .expectException(notFound("page", page))
                .expectNoEvents();
    }

    // --- archive and restore

    @Test
    void archiveEmitsPageArchivedAtTheNextVersion() {
        fixture.given(created())
                .when(new ArchivePageCommand(page, tenant, 1L))
                .expectEvents(new PageArchivedEvent(page, tenant, 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsArchiveWhenAlreadyArchived() {
        fixture.given(created(), new PageArchivedEvent(page, tenant, 2))
                .when(new ArchivePageCommand(page, tenant, 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsArchiveWhenVersionIsStale() {
        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new ArchivePageCommand(page, tenant, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsArchiveFromAnotherTenant() {
        fixture.given(created())
                .when(new ArchivePageCommand(page, otherTenant, 1L))
                .expectException(notFound("page", page))
                .expectNoEvents();
    }

    @Test
    void restoreBringsAnArchivedPageBackAtTheNextVersion() {
        fixture.given(created(), new PageArchivedEvent(page, tenant, 2))
                .when(new RestorePageCommand(page, tenant, 2L))
                .expectEvents(new PageRestoredEvent(page, tenant, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsRestoreWhenNotArchived() {
        fixture.given(created())
                .when(new RestorePageCommand(page, tenant, 1L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRestoreWhenVersionIsStale() {
        fixture.given(created(), new PageArchivedEvent(page, tenant, 2))
                .when(new RestorePageCommand(page, tenant, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsRestoreFromAnotherTenant() {
        fixture.given(created(), new PageArchivedEvent(page, tenant, 2))
                .when(new RestorePageCommand(page, otherTenant, 2L))
                .expectException(notFound("page", page))
                .expectNoEvents();
    }

    @Test
    void aRestoredPageCanBeEditedAgain() {
        fixture.given(created(), new PageArchivedEvent(page, tenant, 2), new PageRestoredEvent(page, tenant, 3))
                .when(new EditPageCommand(page, tenant, "Plan", "back", 3L))
                .expectEvents(editedAt(4, "Plan", "back"))
                .expectResultMessagePayload(4L);
    }

    // --- move, through PageRelocation and the target notebook

    @Test
    void moveToAnotherNotebookOfTheSameWorkspaceEmitsPageMoved() {
        givenNotebook(sibling, tenant, workspace);

        fixture.given(created())
                .when(new MovePageCommand(page, tenant, sibling, 1L))
                .expectEvents(new PageMovedEvent(page, tenant, notebook, sibling, 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void moveWithoutExpectedVersionSkipsTheVersionCheck() {
        givenNotebook(sibling, tenant, workspace);

        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new MovePageCommand(page, tenant, sibling, null))
                .expectEvents(new PageMovedEvent(page, tenant, notebook, sibling, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void moveToTheNotebookItIsAlreadyInEmitsNothingAndReturnsTheCurrentVersion() {
        givenNotebook(notebook, tenant, workspace);

        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new MovePageCommand(page, tenant, notebook, 2L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void aMovedPageKnowsItsNewNotebook() {
        givenNotebook(sibling, tenant, workspace);

        fixture.given(created(), new PageMovedEvent(page, tenant, notebook, sibling, 2))
                .when(new MovePageCommand(page, tenant, sibling, 2L))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void aMovedPageCanMoveBack() {
        givenNotebook(notebook, tenant, workspace);

        fixture.given(created(), new PageMovedEvent(page, tenant, notebook, sibling, 2))
                .when(new MovePageCommand(page, tenant, notebook, 2L))
                .expectEvents(new PageMovedEvent(page, tenant, sibling, notebook, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsMoveToANotebookOfAnotherWorkspace() {
        givenNotebook(sibling, tenant, otherWorkspace);

        fixture.given(created())
                .when(new MovePageCommand(page, tenant, sibling, 1L))
                .expectException(unprocessable("notebookId"))
                .expectNoEvents();
    }

    @Test
    void rejectsMoveToAnUnknownNotebook() {
        givenNotebook(sibling, tenant, workspace);

        fixture.given(created())
                .when(new MovePageCommand(page, tenant, NotebookId.random(), 1L))
                .expectException(unprocessable("notebookId"))
                .expectNoEvents();
    }

    @Test
    void rejectsMoveToAnotherTenantsNotebook() {
        givenNotebook(sibling, otherTenant, workspace);

        fixture.given(created())
                .when(new MovePageCommand(page, tenant, sibling, 1L))
                .expectException(unprocessable("notebookId"))
                .expectNoEvents();
    }

    @Test
    void rejectsMoveToAnArchivedNotebook() {
        givenNotebook(sibling, tenant, workspace, new NotebookArchivedEvent(sibling, tenant, 2));

        fixture.given(created())
                .when(new MovePageCommand(page, tenant, sibling, 1L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsMoveWhenVersionIsStale() {
        givenNotebook(sibling, tenant, workspace);

        fixture.given(created(), editedAt(2, "Plan v2", "two"))
                .when(new MovePageCommand(page, tenant, sibling, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsMovingAnArchivedPage() {
        givenNotebook(sibling, tenant, workspace);

        fixture.given(created(), new PageArchivedEvent(page, tenant, 2))
                .when(new MovePageCommand(page, tenant, sibling, 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsMoveFromAnotherTenant() {
        givenNotebook(sibling, otherTenant, workspace);

        fixture.given(created())
                .when(new MovePageCommand(page, otherTenant, sibling, 1L))
                .expectException(notFound("page", page))
                .expectNoEvents();
    }

    @Test
    void rejectsMovingAnUnknownPage() {
        givenNotebook(sibling, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(new MovePageCommand(page, tenant, sibling, 1L))
                .expectException(notFound("page", page))
                .expectNoEvents();
    }
}
