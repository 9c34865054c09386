package io.quire.command.workspace;

import io.quire.command.shared.StateConflictException;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.workspace.ArchiveWorkspaceCommand;
import io.quire.contracts.workspace.ChangeWorkspaceSearchLanguageCommand;
import io.quire.contracts.workspace.CreateWorkspaceCommand;
import io.quire.contracts.workspace.RenameWorkspaceCommand;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceId;
import io.quire.contracts.workspace.WorkspaceRenamedEvent;
import io.quire.contracts.workspace.WorkspaceSearchLanguageChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.quire.command.support.Refusals.invalidInput;
import static io.quire.command.support.Refusals.notFound;
import static io.quire.command.support.Refusals.staleVersion;

class WorkspaceTest {

    private static final String GRINNING = "\uD83D\uDE00";

    private final AggregateTestFixture<Workspace> fixture = new AggregateTestFixture<>(Workspace.class);

    private final WorkspaceId workspace = WorkspaceId.random();
    private final TenantId tenant = TenantId.random();
    private final TenantId otherTenant = TenantId.random();

    private WorkspaceCreatedEvent created() {
        return new WorkspaceCreatedEvent(workspace, tenant, "Research", 1);
    }

    @Test
    void creatingAWorkspaceEmitsWorkspaceCreatedAtVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, "Research"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new WorkspaceCreatedEvent(workspace, tenant, "Research", 1));
    }

    @Test
    void creatingKeepsTheNameExactlyAsGiven() {
        String name = "  Ca\u0301fe\u0301 \u05E9\u05DC\u05D5\u05DD " + GRINNING + "  ";
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, name))
                .expectEvents(new WorkspaceCreatedEvent(workspace, tenant, name, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u2003\t "})
    void rejectsCreatingWithABlankName(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, name))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsCreatingWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, null))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void acceptsANameOfExactly200CodePoints() {
        String name = "a".repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, name))
                .expectEvents(new WorkspaceCreatedEvent(workspace, tenant, name, 1));
    }

    @Test
    void rejectsANameOf201CodePoints() {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, "a".repeat(201)))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    /** 200 emoji are 400 UTF-16 chars; the limit counts code points, so this must pass. */
    @Test
    void acceptsANameOf200Emoji() {
        String name = GRINNING.repeat(200);
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, name))
                .expectEvents(new WorkspaceCreatedEvent(workspace, tenant, name, 1));
    }

    @Test
    void rejectsANameOf201Emoji() {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, GRINNING.repeat(201)))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q1\nplans", "Q1\tplans", "bell\u0007", "del\u007F", "next\u0085line", "nul\u0000"})
    void rejectsANameWithControlCharacters(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, name))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone \uD83D high", "lone \uDE00 low", "reversed \uDE00\uD83D", "trailing \uD83D"})
    void rejectsANameWithAnUnpairedSurrogate(String name) {
        fixture.givenNoPriorActivity()
                .when(new CreateWorkspaceCommand(workspace, tenant, name))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void renameCreatesTheNextVersion() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, tenant, "Lab", 1L))
                .expectEvents(new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void renameAfterEarlierChangesCountsOnFromTheCurrentVersion() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .when(new RenameWorkspaceCommand(workspace, tenant, "Library", 2L))
                .expectEvents(new WorkspaceRenamedEvent(workspace, tenant, "Library", 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void renameToTheSameNameEmitsNothingAndReturnsTheCurrentVersion() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .when(new RenameWorkspaceCommand(workspace, tenant, "Lab", 2L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void renameThatOnlyChangesCaseIsARename() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, tenant, "research", 1L))
                .expectEvents(new WorkspaceRenamedEvent(workspace, tenant, "research", 2));
    }

    @Test
    void rejectsRenameWhenVersionIsStale() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2),
                        new WorkspaceRenamedEvent(workspace, tenant, "Library", 3))
                .when(new RenameWorkspaceCommand(workspace, tenant, "Archive room", 1L))
                .expectException(staleVersion(1, 3))
                .expectNoEvents();
    }

    @Test
    void rejectsRenameWhenExpectedVersionIsAhead() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, tenant, "Lab", 2L))
                .expectException(staleVersion(2, 1))
                .expectNoEvents();
    }

    @Test
    void renameWithoutExpectedVersionSkipsTheVersionCheck() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .when(new RenameWorkspaceCommand(workspace, tenant, "Library", null))
                .expectEvents(new WorkspaceRenamedEvent(workspace, tenant, "Library", 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsRenameToABlankName() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, tenant, " ", 1L))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsRenameToANameOver200CodePoints() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, tenant, GRINNING.repeat(201), 1L))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsRenameToANameWithControlCharacters() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, tenant, "Lab\r\n", 1L))
                .expectException(invalidInput("name"))
                .expectNoEvents();
    }

    @Test
    void rejectsRenameWhenArchived() {
        fixture.given(created(), new WorkspaceArchivedEvent(workspace, tenant, 2))
                .when(new RenameWorkspaceCommand(workspace, tenant, "Lab", 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsRenameFromAnotherTenant() {
        fixture.given(created())
                .when(new RenameWorkspaceCommand(workspace, otherTenant, "Lab", 1L))
                .expectException(notFound("workspace", workspace))
                .expectNoEvents();
    }

    /** The ownership check comes first, so a stranger cannot probe versions or state. */
    @Test
    void anotherTenantGetsNotFoundEvenWithAStaleVersionOnAnArchivedWorkspace() {
        fixture.given(created(), new WorkspaceArchivedEvent(workspace, tenant, 2))
                .when(new RenameWorkspaceCommand(workspace, otherTenant, "Lab", 1L))
                .expectException(notFound("workspace", workspace))
                .expectNoEvents();
    }

    @Test
    void archiveEmitsWorkspaceArchivedAtTheNextVersion() {
        fixture.given(created())
                .when(new ArchiveWorkspaceCommand(workspace, tenant, 1L))
                .expectEvents(new WorkspaceArchivedEvent(workspace, tenant, 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void archiveWithoutExpectedVersionSkipsTheVersionCheck() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .when(new ArchiveWorkspaceCommand(workspace, tenant, null))
                .expectEvents(new WorkspaceArchivedEvent(workspace, tenant, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsArchiveWhenVersionIsStale() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .when(new ArchiveWorkspaceCommand(workspace, tenant, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsArchiveWhenAlreadyArchived() {
        fixture.given(created(), new WorkspaceArchivedEvent(workspace, tenant, 2))
                .when(new ArchiveWorkspaceCommand(workspace, tenant, 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsArchiveFromAnotherTenant() {
        fixture.given(created())
                .when(new ArchiveWorkspaceCommand(workspace, otherTenant, 1L))
                .expectException(notFound("workspace", workspace))
                .expectNoEvents();
    }

    @Test
    void changingTheSearchLanguageCreatesTheNextVersion() {
        fixture.given(created())
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, "german", 1L))
                .expectEvents(new WorkspaceSearchLanguageChangedEvent(workspace, tenant, "german", 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aNewWorkspaceIsSearchedInEnglishSoChoosingEnglishChangesNothing() {
        fixture.given(created())
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, "english", 1L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void choosingTheCurrentSearchLanguageAgainChangesNothing() {
        fixture.given(created(), new WorkspaceSearchLanguageChangedEvent(workspace, tenant, "simple", 2))
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, "simple", 2L))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void theSearchLanguageCanGoBackToEnglish() {
        fixture.given(created(), new WorkspaceSearchLanguageChangedEvent(workspace, tenant, "simple", 2))
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, "english", 2L))
                .expectEvents(new WorkspaceSearchLanguageChangedEvent(workspace, tenant, "english", 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "English", "pg_catalog.english", "english;drop", "german ", "1st",
            "\u00e9nglish", "a23456789012345678901234567890123456789012345678901234567890abcd"})
    void rejectsASearchLanguageThatIsNotAPlainConfigurationName(String language) {
        fixture.given(created())
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, language, 1L))
                .expectException(invalidInput("language"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMissingSearchLanguage() {
        fixture.given(created())
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, null, 1L))
                .expectException(invalidInput("language"))
                .expectNoEvents();
    }

    @Test
    void rejectsASearchLanguageChangeWhenVersionIsStale() {
        fixture.given(created(), new WorkspaceRenamedEvent(workspace, tenant, "Lab", 2))
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, "german", 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsASearchLanguageChangeWhenArchived() {
        fixture.given(created(), new WorkspaceArchivedEvent(workspace, tenant, 2))
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, tenant, "german", 2L))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsASearchLanguageChangeFromAnotherTenant() {
        fixture.given(created())
                .when(new ChangeWorkspaceSearchLanguageCommand(workspace, otherTenant, "german", 1L))
                .expectException(notFound("workspace", workspace))
                .expectNoEvents();
    }

    @Test
    void versionsCountOnAcrossRenamesAndLanguageChanges() {
        fixture.given(created(), new WorkspaceSearchLanguageChangedEvent(workspace, tenant, "german", 2))
                .when(new RenameWorkspaceCommand(workspace, tenant, "Lab", 2L))
                .expectEvents(new WorkspaceRenamedEvent(workspace, tenant, "Lab", 3));
    }
}
