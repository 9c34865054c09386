package io.quire.command.decision;

import io.quire.command.page.Page;
import io.quire.command.shared.ContentTooLargeException;
import io.quire.command.shared.ForbiddenException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.support.EventHistory;
import io.quire.command.support.SplitRepository;
import io.quire.command.workspace.Workspace;
import io.quire.contracts.decision.ApproveDecisionCommand;
import io.quire.contracts.decision.DecisionApprovalRecordedEvent;
import io.quire.contracts.decision.DecisionApprovedEvent;
import io.quire.contracts.decision.DecisionId;
import io.quire.contracts.decision.DecisionProposedEvent;
import io.quire.contracts.decision.DecisionRejectedEvent;
import io.quire.contracts.decision.DecisionSupersededEvent;
import io.quire.contracts.decision.DecisionWithdrawnEvent;
import io.quire.contracts.decision.PredecessorSupersededEvent;
import io.quire.contracts.decision.ProposeDecisionCommand;
import io.quire.contracts.decision.RejectDecisionCommand;
import io.quire.contracts.decision.SupersedeDecisionCommand;
import io.quire.contracts.decision.WithdrawDecisionCommand;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageId;
import io.quire.contracts.workspace.WorkspaceArchivedEvent;
import io.quire.contracts.workspace.WorkspaceCreatedEvent;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static io.quire.command.support.Refusals.invalidInput;
import static io.quire.command.support.Refusals.notFound;
import static io.quire.command.support.Refusals.staleVersion;
import static io.quire.command.support.Refusals.unprocessable;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest {

    private static final String AUTHOR = principal();
    private static final String ALICE = principal();
    private static final String BOB = principal();
    private static final String CAROL = principal();
    private static final String OUTSIDER = principal();

    private final AggregateTestFixture<Decision> fixture = new AggregateTestFixture<>(Decision.class);
    private final EventHistory<Workspace> workspaces = new EventHistory<>(Workspace.class);
    private final EventHistory<Page> pages = new EventHistory<>(Page.class);
    private final EventHistory<Decision> otherDecisions = new EventHistory<>(Decision.class);

    private final DecisionId decision = DecisionId.random();
    private final DecisionId newer = DecisionId.random();
    private final TenantId tenant = TenantId.random();
    private final TenantId otherTenant = TenantId.random();
    private final WorkspaceId workspace = WorkspaceId.random();
    private final WorkspaceId otherWorkspace = WorkspaceId.random();
    private final PageId page = PageId.random();

    @BeforeEach
    void wireCrossAggregateHandlers() {
        fixture.registerAnnotatedCommandHandler(
                new DecisionProposal(workspaces.repository(), pages.repository(), fixture.getRepository()));
        fixture.registerAnnotatedCommandHandler(new DecisionSupersession(
                new SplitRepository<>(decision, fixture.getRepository(), otherDecisions)));
        workspaces.given(workspace, new WorkspaceCreatedEvent(workspace, tenant, "Architecture", 1));
    }

    private static String principal() {
        return "key:" + UUID.randomUUID();
    }

    /** A valid proposal by {@link #AUTHOR}, to vary one field at a time. */
    private static final class Draft {
        String title = "Store events in PostgreSQL";
        String context = "## Why\nWe already run it.\n";
        List<String> options = List.of("PostgreSQL", "Axon Server");
        String chosenOption = "PostgreSQL";
        List<PageId> pageIds = List.of();
        List<String> approvers = List.of(ALICE, BOB);
        Integer quorum = 2;
    }

    private ProposeDecisionCommand propose(Consumer<Draft> change) {
        Draft draft = new Draft();
        change.accept(draft);
        return new ProposeDecisionCommand(decision, tenant, workspace, AUTHOR, draft.title, draft.context,
                draft.options, draft.chosenOption, draft.pageIds, draft.approvers, draft.quorum);
    }

    private DecisionProposedEvent proposed(DecisionId id, WorkspaceId in, int quorum, String... approvers) {
        Draft draft = new Draft();
        return new DecisionProposedEvent(id, tenant, in, AUTHOR, draft.title, draft.context, draft.options,
                draft.chosenOption, List.of(), List.of(approvers), quorum, 1);
    }

    /** Proposed with ALICE, BOB and CAROL as approvers and a quorum of two. */
    private DecisionProposedEvent proposed() {
        return proposed(decision, workspace, 2, ALICE, BOB, CAROL);
    }

    private DecisionApprovedEvent approvedAt(long version, String approver, int approvals) {
        return new DecisionApprovedEvent(decision, tenant, approver, approvals, version);
    }

    private DecisionApprovalRecordedEvent approvalAt(long version, String approver, int approvals) {
        return new DecisionApprovalRecordedEvent(decision, tenant, approver, approvals, version);
    }

    private void givenPage(PageId id, TenantId owner, WorkspaceId in) {
        pages.given(id, new PageCreatedEvent(id, owner, in, NotebookId.random(), "Notes", "", 1));
    }

    private static List<String> principals(int count) {
        return IntStream.range(0, count).mapToObj(i -> principal()).toList();
    }

    // --- proposal, through DecisionProposal, the workspace and the linked pages

    @Test
    void proposingInAnActiveWorkspaceEmitsDecisionProposedAtVersionOneWithItsLinks() {
        givenPage(page, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.pageIds = List.of(page)))
                .expectEvents(new DecisionProposedEvent(decision, tenant, workspace, AUTHOR,
                        "Store events in PostgreSQL", "## Why\nWe already run it.\n",
                        List.of("PostgreSQL", "Axon Server"), "PostgreSQL", List.of(page), List.of(ALICE, BOB), 2, 1))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theQuorumDefaultsToEveryApprover() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.approvers = List.of(ALICE, BOB, CAROL);
                    d.quorum = null;
                }))
                .expectEvents(proposed(decision, workspace, 3, ALICE, BOB, CAROL));
    }

    @Test
    void aProposalWithoutContextOrPagesHasAnEmptyContextAndNoLinks() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.context = null;
                    d.pageIds = null;
                }))
                .expectEvents(new DecisionProposedEvent(decision, tenant, workspace, AUTHOR,
                        "Store events in PostgreSQL", "", List.of("PostgreSQL", "Axon Server"), "PostgreSQL",
                        List.of(), List.of(ALICE, BOB), 2, 1));
    }

    @Test
    void aQuorumSmallerThanTheApproversIsKept() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.approvers = List.of(ALICE, BOB, CAROL);
                    d.quorum = 1;
                }))
                .expectEvents(proposed(decision, workspace, 1, ALICE, BOB, CAROL));
    }

    @Test
    void rejectsProposingInAnArchivedWorkspace() {
        workspaces.given(workspace, new WorkspaceArchivedEvent(workspace, tenant, 2));

        fixture.givenNoPriorActivity()
                .when(propose(d -> { }))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsProposingInAnotherTenantsWorkspace() {
        workspaces.given(otherWorkspace, new WorkspaceCreatedEvent(otherWorkspace, otherTenant, "Theirs", 1));

        fixture.givenNoPriorActivity()
                .when(new ProposeDecisionCommand(decision, tenant, otherWorkspace, AUTHOR, "T", "", List.of("a"), "a",
                        List.of(), List.of(ALICE), 1))
                .expectException(notFound("workspace", otherWorkspace))
                .expectNoEvents();
    }

    @Test
    void rejectsProposingInAnUnknownWorkspace() {
        WorkspaceId unknown = WorkspaceId.random();

        fixture.givenNoPriorActivity()
                .when(new ProposeDecisionCommand(decision, tenant, unknown, AUTHOR, "T", "", List.of("a"), "a",
                        List.of(), List.of(ALICE), 1))
                .expectException(notFound("workspace", unknown))
                .expectNoEvents();
    }

    @Test
    void rejectsABlankTitle() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.title = "  "))
                .expectException(invalidInput("title"))
                .expectNoEvents();
    }

    @Test
    void rejectsAContextOverOneMebibyte() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.context = "a".repeat(1024 * 1024 + 1)))
                .expectException(ContentTooLargeException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAProposalWithoutOptions() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.options = List.of()))
                .expectException(invalidInput("options"))
                .expectNoEvents();
    }

    @Test
    void rejectsAProposalWhoseOptionsAreMissing() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.options = null))
                .expectException(invalidInput("options"))
                .expectNoEvents();
    }

    @Test
    void acceptsTwentyOptions() {
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "option " + i).toList();

        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.options = twenty;
                    d.chosenOption = "option 20";
                }))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsTwentyOneOptions() {
        List<String> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "option " + i).toList();

        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.options = twentyOne;
                    d.chosenOption = "option 1";
                }))
                .expectException(invalidInput("options"))
                .expectNoEvents();
    }

    @Test
    void rejectsABlankOption() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.options = List.of("PostgreSQL", " ")))
                .expectException(invalidInput("options"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnOptionOverTwoHundredCharacters() {
        String tooLong = "x".repeat(201);

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.options = List.of("PostgreSQL", tooLong)))
                .expectException(invalidInput("options"))
                .expectNoEvents();
    }

    @Test
    void rejectsAChosenOptionThatIsNotOneOfTheOptions() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.chosenOption = "MongoDB"))
                .expectException(invalidInput("chosenOption"))
                .expectNoEvents();
    }

    @Test
    void rejectsAProposalWithoutAChosenOption() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.chosenOption = null))
                .expectException(invalidInput("chosenOption"))
                .expectNoEvents();
    }

    @Test
    void rejectsLinkingAPageOfAnotherWorkspace() {
        givenPage(page, tenant, otherWorkspace);

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.pageIds = List.of(page)))
                .expectException(unprocessable("pageIds"))
                .expectNoEvents();
    }

    @Test
    void rejectsLinkingAnotherTenantsPage() {
        givenPage(page, otherTenant, workspace);

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.pageIds = List.of(page)))
                .expectException(unprocessable("pageIds"))
                .expectNoEvents();
    }

    @Test
    void rejectsLinkingAnUnknownPageEvenBesideAGoodOne() {
        givenPage(page, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.pageIds = List.of(page, PageId.random())))
                .expectException(unprocessable("pageIds"))
                .expectNoEvents();
    }

    @Test
    void rejectsLinkingMoreThanFiftyPages() {
        List<PageId> many = IntStream.range(0, 51).mapToObj(i -> PageId.random()).toList();

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.pageIds = many))
                .expectException(invalidInput("pageIds"))
                .expectNoEvents();
    }

    @Test
    void rejectsLinkingAPageTwice() {
        givenPage(page, tenant, workspace);

        fixture.givenNoPriorActivity()
                .when(propose(d -> d.pageIds = List.of(page, page)))
                .expectException(invalidInput("pageIds"))
                .expectNoEvents();
    }

    @Test
    void rejectsAProposalWithoutApprovers() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.approvers = List.of();
                    d.quorum = null;
                }))
                .expectException(invalidInput("approvers"))
                .expectNoEvents();
    }

    @Test
    void acceptsTwentyApprovers() {
        List<String> twenty = principals(20);

        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.approvers = twenty;
                    d.quorum = null;
                }))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L);
    }

    @Test
    void rejectsTwentyOneApprovers() {
        List<String> twentyOne = principals(21);

        fixture.givenNoPriorActivity()
                .when(propose(d -> {
                    d.approvers = twentyOne;
                    d.quorum = 1;
                }))
                .expectException(invalidInput("approvers"))
                .expectNoEvents();
    }

    @Test
    void rejectsTheSameApproverTwice() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.approvers = List.of(ALICE, ALICE)))
                .expectException(invalidInput("approvers"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnApproverThatIsNotAPrincipalId() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.approvers = List.of(ALICE, "bob@example.com")))
                .expectException(invalidInput("approvers"))
                .expectNoEvents();
    }

    @Test
    void rejectsAQuorumOfZero() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.quorum = 0))
                .expectException(invalidInput("quorum"))
                .expectNoEvents();
    }

    @Test
    void rejectsAQuorumLargerThanTheNumberOfApprovers() {
        fixture.givenNoPriorActivity()
                .when(propose(d -> d.quorum = 3))
                .expectException(invalidInput("quorum"))
                .expectNoEvents();
    }

    // --- approval

    @Test
    void anApprovalBelowTheQuorumOnlyRecordsTheVote() {
        fixture.given(proposed())
                .when(new ApproveDecisionCommand(decision, tenant, ALICE, 1L))
                .expectEvents(approvalAt(2, ALICE, 1))
                .expectResultMessagePayload(2L);
    }

    @Test
    void theApprovalThatReachesTheQuorumApprovesTheDecision() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new ApproveDecisionCommand(decision, tenant, CAROL, 2L))
                .expectEvents(approvedAt(3, CAROL, 2))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aQuorumOfOneIsReachedByTheFirstApproval() {
        fixture.given(proposed(decision, workspace, 1, ALICE, BOB))
                .when(new ApproveDecisionCommand(decision, tenant, BOB, null))
                .expectEvents(approvedAt(2, BOB, 1))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsASecondVoteByTheSameApprover() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new ApproveDecisionCommand(decision, tenant, ALICE, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnApprovalFromSomeoneWhoIsNotAnApprover() {
        fixture.given(proposed())
                .when(new ApproveDecisionCommand(decision, tenant, OUTSIDER, null))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void theAuthorIsNoApproverUnlessListed() {
        fixture.given(proposed())
                .when(new ApproveDecisionCommand(decision, tenant, AUTHOR, null))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsApprovingADecisionThatIsAlreadyApproved() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1), approvedAt(3, BOB, 2))
                .when(new ApproveDecisionCommand(decision, tenant, CAROL, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsApprovingAWithdrawnDecision() {
        fixture.given(proposed(), new DecisionWithdrawnEvent(decision, tenant, AUTHOR, 2))
                .when(new ApproveDecisionCommand(decision, tenant, ALICE, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsApprovingWhenVersionIsStale() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new ApproveDecisionCommand(decision, tenant, BOB, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsAnApprovalFromAnotherTenantAsIfTheDecisionDidNotExist() {
        fixture.given(proposed())
                .when(new ApproveDecisionCommand(decision, otherTenant, ALICE, null))
                .expectException(notFound("decision", decision))
                .expectNoEvents();
    }

    // --- rejection

    @Test
    void anyApproverCanRejectEvenAfterOthersApproved() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new RejectDecisionCommand(decision, tenant, BOB, "Too costly", 2L))
                .expectEvents(new DecisionRejectedEvent(decision, tenant, BOB, "Too costly", 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsARejectionWithoutAReason() {
        fixture.given(proposed())
                .when(new RejectDecisionCommand(decision, tenant, BOB, null, null))
                .expectException(invalidInput("reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsARejectionWithABlankReason() {
        fixture.given(proposed())
                .when(new RejectDecisionCommand(decision, tenant, BOB, " \n\t", null))
                .expectException(invalidInput("reason"))
                .expectNoEvents();
    }

    @Test
    void rejectsARejectionFromSomeoneWhoIsNotAnApprover() {
        fixture.given(proposed())
                .when(new RejectDecisionCommand(decision, tenant, OUTSIDER, "No", null))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARejectionByAnApproverWhoAlreadyApproved() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new RejectDecisionCommand(decision, tenant, ALICE, "Changed my mind", null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsVotingOnARejectedDecision() {
        fixture.given(proposed(), new DecisionRejectedEvent(decision, tenant, BOB, "No", 2))
                .when(new ApproveDecisionCommand(decision, tenant, ALICE, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARejectionFromAnotherTenantAsIfTheDecisionDidNotExist() {
        fixture.given(proposed())
                .when(new RejectDecisionCommand(decision, otherTenant, BOB, "No", null))
                .expectException(notFound("decision", decision))
                .expectNoEvents();
    }

    // --- withdrawal

    @Test
    void theAuthorCanWithdrawAProposedDecision() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new WithdrawDecisionCommand(decision, tenant, AUTHOR, 2L))
                .expectEvents(new DecisionWithdrawnEvent(decision, tenant, AUTHOR, 3))
                .expectResultMessagePayload(3L);
    }

    @Test
    void rejectsAWithdrawalByAnApproverWhoIsNotTheAuthor() {
        fixture.given(proposed())
                .when(new WithdrawDecisionCommand(decision, tenant, ALICE, null))
                .expectException(ForbiddenException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsWithdrawingAnApprovedDecision() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1), approvedAt(3, BOB, 2))
                .when(new WithdrawDecisionCommand(decision, tenant, AUTHOR, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsWithdrawingTwice() {
        fixture.given(proposed(), new DecisionWithdrawnEvent(decision, tenant, AUTHOR, 2))
                .when(new WithdrawDecisionCommand(decision, tenant, AUTHOR, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsWithdrawingWhenVersionIsStale() {
        fixture.given(proposed(), approvalAt(2, ALICE, 1))
                .when(new WithdrawDecisionCommand(decision, tenant, AUTHOR, 1L))
                .expectException(staleVersion(1, 2))
                .expectNoEvents();
    }

    @Test
    void rejectsAWithdrawalFromAnotherTenantAsIfTheDecisionDidNotExist() {
        fixture.given(proposed())
                .when(new WithdrawDecisionCommand(decision, otherTenant, AUTHOR, null))
                .expectException(notFound("decision", decision))
                .expectNoEvents();
    }

    // --- supersession, through DecisionSupersession and the newer decision

    private Object[] approved() {
        return new Object[]{proposed(), approvalAt(2, ALICE, 1), approvedAt(3, BOB, 2)};
    }

    private void givenNewer(DecisionId id, WorkspaceId in, Object... laterEvents) {
        otherDecisions.given(id, proposed(id, in, 1, ALICE));
        if (laterEvents.length > 0) {
            otherDecisions.given(id, laterEvents);
        }
    }

    private SupersedeDecisionCommand supersedeBy(DecisionId by, Long expectedVersion) {
        return new SupersedeDecisionCommand(decision, tenant, AUTHOR, by, expectedVersion);
    }

    @Test
    void supersedingAnApprovedDecisionLinksBothDecisions() {
        givenNewer(newer, workspace);

        fixture.given(approved())
                .when(supersedeBy(newer, 3L))
                .expectEvents(new DecisionSupersededEvent(decision, tenant, newer, 4))
                .expectResultMessagePayload(4L);
        assertThat(otherDecisions.events(newer))
                .endsWith(new PredecessorSupersededEvent(newer, tenant, decision, 2));
    }

    @Test
    void anApprovedDecisionCanSupersedeAnother() {
        givenNewer(newer, workspace, new DecisionApprovedEvent(newer, tenant, ALICE, 1, 2));

        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectEvents(new DecisionSupersededEvent(decision, tenant, newer, 4));
        assertThat(otherDecisions.events(newer))
                .endsWith(new PredecessorSupersededEvent(newer, tenant, decision, 3));
    }

    @Test
    void rejectsSupersedingADecisionThatIsOnlyProposed() {
        givenNewer(newer, workspace);

        fixture.given(proposed())
                .when(supersedeBy(newer, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
        assertThat(otherDecisions.events(newer)).hasSize(1);
    }

    @Test
    void rejectsSupersedingADecisionThatIsAlreadySuperseded() {
        DecisionId third = DecisionId.random();
        givenNewer(newer, workspace);
        givenNewer(third, workspace);
        List<Object> history = new ArrayList<>(Arrays.asList(approved()));
        history.add(new DecisionSupersededEvent(decision, tenant, newer, 4));

        fixture.given(history)
                .when(supersedeBy(third, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionSupersedingItself() {
        fixture.given(approved())
                .when(supersedeBy(decision, null))
                .expectException(unprocessable("by"))
                .expectNoEvents();
    }

    @Test
    void rejectsASuccessorFromAnotherWorkspace() {
        givenNewer(newer, otherWorkspace);

        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectException(unprocessable("by"))
                .expectNoEvents();
        assertThat(otherDecisions.events(newer)).hasSize(1);
    }

    @Test
    void rejectsASuccessorOfAnotherTenant() {
        otherDecisions.given(newer, new DecisionProposedEvent(newer, otherTenant, workspace, AUTHOR, "T", "",
                List.of("a"), "a", List.of(), List.of(ALICE), 1, 1));

        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectException(unprocessable("by"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownSuccessor() {
        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectException(unprocessable("by"))
                .expectNoEvents();
    }

    @Test
    void rejectsASuccessorThatAlreadySupersedesAnother() {
        givenNewer(newer, workspace, new PredecessorSupersededEvent(newer, tenant, DecisionId.random(), 2));

        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
        assertThat(otherDecisions.events(newer)).hasSize(2);
    }

    @Test
    void rejectsAWithdrawnSuccessor() {
        givenNewer(newer, workspace, new DecisionWithdrawnEvent(newer, tenant, AUTHOR, 2));

        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsARejectedSuccessor() {
        givenNewer(newer, workspace, new DecisionRejectedEvent(newer, tenant, ALICE, "No", 2));

        fixture.given(approved())
                .when(supersedeBy(newer, null))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsSupersedingWhenVersionIsStale() {
        givenNewer(newer, workspace);

        fixture.given(approved())
                .when(supersedeBy(newer, 2L))
                .expectException(staleVersion(2, 3))
                .expectNoEvents();
    }

    @Test
    void rejectsSupersedingFromAnotherTenantAsIfTheDecisionDidNotExist() {
        givenNewer(newer, workspace);

        fixture.given(approved())
                .when(new SupersedeDecisionCommand(decision, otherTenant, AUTHOR, newer, null))
                .expectException(notFound("decision", decision))
                .expectNoEvents();
    }

    @Test
    void rejectsSupersedingAnUnknownDecision() {
        givenNewer(newer, workspace);

        fixture.givenNoPriorActivity()
                .when(supersedeBy(newer, null))
                .expectException(notFound("decision", decision))
                .expectNoEvents();
    }
}
