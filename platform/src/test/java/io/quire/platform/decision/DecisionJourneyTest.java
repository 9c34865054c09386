package io.quire.platform.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.acknowledged;
import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team decides over HTTP: one key proposes, two keys of the same tenant approve until the quorum, one rejects,
 * the author withdraws, and a newer decision supersedes an approved one.
 */
class DecisionJourneyTest extends ApiTest {

    private Decisions decisions;
    private Tenant author;
    private Tenant reviewer;
    private Created workspace;

    @BeforeEach
    void aTeamOfTwoKeys() {
        decisions = new Decisions(quire, web);
        author = quire.registerTenant("Deciders Ltd");
        reviewer = quire.issueApiKey(author, "reviewer");
        workspace = quire.createWorkspace(author, "Architecture");
    }

    private String decisionsOf(String status) {
        return "/api/v1/workspaces/" + workspace.id() + "/decisions?status=" + status;
    }

    @Test
    void aDecisionIsApprovedOnceItsQuorumOfApproversHaveApproved() {
        Created proposed = decisions.propose(author, workspace.id(),
                Decisions.proposal(List.of(author.principal(), reviewer.principal())));
        assertThat(proposed.version()).isEqualTo(1);

        JsonNode fresh = quire.read(reviewer, "/api/v1/decisions/" + proposed.id(), proposed);
        assertThat(fresh.get("status").asText()).isEqualTo("proposed");
        assertThat(fresh.get("quorum").asInt()).isEqualTo(2);
        assertThat(fresh.get("approvals").asInt()).isZero();
        assertThat(fresh.get("proposedBy").asText()).isEqualTo(author.principal());
        assertThat(fresh.get("proposedAt").asText()).isNotBlank();
        assertThat(fresh.get("decidedAt").isNull()).isTrue();
        assertThat(fresh.get("title").asText()).isEqualTo("Store events in PostgreSQL");
        assertThat(fresh.get("context").asText()).isEqualTo("## Why\nWe already run it.\n");
        assertThat(texts(fresh.get("options"))).containsExactly("PostgreSQL", "Axon Server");
        assertThat(fresh.get("chosenOption").asText()).isEqualTo("PostgreSQL");

        Created first = decisions.approve(author, proposed.id());
        assertThat(first.version()).isEqualTo(2);
        JsonNode halfway = quire.read(author, "/api/v1/decisions/" + proposed.id(), first);
        assertThat(halfway.get("status").asText()).isEqualTo("proposed");
        assertThat(halfway.get("approvals").asInt()).isEqualTo(1);

        Created second = decisions.approve(reviewer, proposed.id());
        assertThat(second.version()).isEqualTo(3);
        JsonNode approved = quire.get(author, "/api/v1/decisions/" + proposed.id() + "?consistency="
                        + second.consistency())
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(approved.get("status").asText()).isEqualTo("approved");
        assertThat(approved.get("approvals").asInt()).isEqualTo(2);
        assertThat(approved.get("decidedAt").asText()).isNotBlank();
        assertThat(texts(approved.get("votes"), "approver"))
                .containsExactly(author.principal(), reviewer.principal());
        assertThat(texts(approved.get("votes"), "vote")).containsExactly("approve", "approve");
        approved.get("votes").forEach(vote -> assertThat(vote.get("at").asText()).isNotBlank());

        assertThat(ids(quire.read(author, decisionsOf("approved"), second))).containsExactly(proposed.id());
        assertThat(ids(quire.read(author, decisionsOf("proposed"), second))).isEmpty();
        assertThat(ids(quire.read(author, "/api/v1/workspaces/" + workspace.id() + "/decisions", second)))
                .containsExactly(proposed.id());
    }

    @Test
    void anApproverRejectsWithAReasonAndVotingEnds() {
        Created proposed = decisions.propose(author, workspace.id(),
                Decisions.proposal(List.of(author.principal(), reviewer.principal())));

        Created rejected = decisions.reject(reviewer, proposed.id(), "We have no one who runs PostgreSQL at night");

        JsonNode detail = quire.read(author, "/api/v1/decisions/" + proposed.id(), rejected);
        assertThat(detail.get("status").asText()).isEqualTo("rejected");
        assertThat(detail.get("decidedAt").asText()).isNotBlank();
        JsonNode vote = detail.get("votes").get(0);
        assertThat(vote.get("approver").asText()).isEqualTo(reviewer.principal());
        assertThat(vote.get("vote").asText()).isEqualTo("reject");
        assertThat(vote.get("reason").asText()).isEqualTo("We have no one who runs PostgreSQL at night");
        problem(decisions.acting(author, proposed.id(), "approve", Map.of()), 409);
        assertThat(ids(quire.read(author, decisionsOf("rejected"), rejected))).containsExactly(proposed.id());
    }

    @Test
    void onlyTheAuthorWithdrawsAProposedDecision() {
        Created proposed = decisions.propose(author, workspace.id(),
                Decisions.proposal(List.of(reviewer.principal())));

        JsonNode refused = problem(decisions.acting(reviewer, proposed.id(), "withdraw", Map.of()), 403);
        assertThat(refused.get("type").asText()).isEqualTo("/problems/forbidden");

        Created withdrawn = acknowledged(decisions.acting(author, proposed.id(), "withdraw", Map.of()));
        assertThat(withdrawn.version()).isEqualTo(2);
        assertThat(quire.read(author, "/api/v1/decisions/" + proposed.id(), withdrawn).get("status").asText())
                .isEqualTo("withdrawn");
        assertThat(ids(quire.read(author, decisionsOf("withdrawn"), withdrawn))).containsExactly(proposed.id());
        problem(decisions.acting(author, proposed.id(), "withdraw", Map.of()), 409);
        problem(decisions.acting(reviewer, proposed.id(), "approve", Map.of()), 409);
    }

    @Test
    void supersedingLinksTheOldAndTheNewDecisionBothWays() {
        Map<String, Object> byReviewerAlone = Decisions.proposal(List.of(reviewer.principal()));
        Created old = decisions.propose(author, workspace.id(), byReviewerAlone);
        Created approval = decisions.approve(reviewer, old.id());
        Created newer = decisions.propose(author, workspace.id(),
                Decisions.proposal(List.of(reviewer.principal()), "chosenOption", "Axon Server"));

        Created superseded = acknowledged(decisions.acting(author, old.id(), "supersede", Map.of("by", newer.id()),
                approval.version()));
        assertThat(superseded.id()).isEqualTo(old.id());
        assertThat(superseded.version()).isEqualTo(3);

        JsonNode oldDetail = quire.read(author, "/api/v1/decisions/" + old.id(), superseded);
        assertThat(oldDetail.get("status").asText()).isEqualTo("superseded");
        assertThat(oldDetail.get("supersededBy").asText()).isEqualTo(newer.id());
        assertThat(oldDetail.get("supersedes").isNull()).isTrue();
        JsonNode newDetail = quire.read(author, "/api/v1/decisions/" + newer.id(), superseded);
        assertThat(newDetail.get("supersedes").asText()).isEqualTo(old.id());
        assertThat(newDetail.get("supersededBy").isNull()).isTrue();
        assertThat(newDetail.get("status").asText()).isEqualTo("proposed");
        assertThat(newDetail.get("version").asLong()).isEqualTo(2);
        assertThat(ids(quire.read(author, decisionsOf("superseded"), superseded))).containsExactly(old.id());
    }

    @Test
    void aPageListsTheDecisionsThatLinkToIt() {
        Created notebook = quire.createNotebook(author, workspace.id(), "Notes");
        Created first = quire.createPage(author, notebook.id(), "Options", "");
        Created second = quire.createPage(author, notebook.id(), "Costs", "");
        List<String> approvers = List.of(reviewer.principal());
        Created both = decisions.propose(author, workspace.id(),
                Decisions.proposal(approvers, "pageIds", List.of(second.id(), first.id())));
        Created one = decisions.propose(author, workspace.id(),
                Decisions.proposal(approvers, "pageIds", List.of(first.id())));
        Created none = decisions.propose(author, workspace.id(), Decisions.proposal(approvers));

        assertThat(ids(quire.read(author, "/api/v1/pages/" + first.id() + "/decisions", none)))
                .containsExactly(both.id(), one.id());
        assertThat(ids(quire.read(author, "/api/v1/pages/" + second.id() + "/decisions", none)))
                .containsExactly(both.id());
        assertThat(texts(quire.read(author, "/api/v1/decisions/" + both.id(), none).get("pageIds")))
                .containsExactly(second.id(), first.id());
        assertThat(texts(quire.read(author, "/api/v1/decisions/" + none.id(), none).get("pageIds"))).isEmpty();
    }

    @Test
    void decisionListsArePaginatedOldestFirst() {
        List<String> proposed = new ArrayList<>();
        Created last = null;
        for (int i = 0; i < 3; i++) {
            last = decisions.propose(author, workspace.id(), Decisions.proposal(List.of(reviewer.principal())));
            proposed.add(last.id());
        }
        List<String> seen = new ArrayList<>();
        JsonNode page = quire.read(author, decisionsOf("proposed") + "&limit=2", last);
        seen.addAll(ids(page));
        while (!page.get("nextCursor").isNull()) {
            page = quire.read(author, decisionsOf("proposed") + "&limit=2&cursor=" + page.get("nextCursor").asText(),
                    last);
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactlyElementsOf(proposed);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
