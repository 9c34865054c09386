package io.quire.platform.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad proposals, votes out of turn and impossible supersessions get problem+json naming what is wrong. */
class DecisionRefusalsTest extends ApiTest {

    private Decisions decisions;
    private Tenant author;
    private Tenant reviewer;
    private Created workspace;
    private List<String> approvers;

    @BeforeEach
    void aTeamAndAWorkspace() {
        decisions = new Decisions(quire, web);
        author = quire.registerTenant("Refusals Ltd");
        reviewer = quire.issueApiKey(author, "reviewer");
        workspace = quire.createWorkspace(author, "Architecture");
        approvers = List.of(author.principal(), reviewer.principal());
    }

    private JsonNode badProposal(String field, Object value, int status, String namedField) {
        JsonNode problem = problem(decisions.proposing(author, workspace.id(),
                Decisions.proposal(approvers, field, value)), status);
        assertThat(problem.get("field").asText()).isEqualTo(namedField);
        return problem;
    }

    @Test
    void aProposalBreakingAFieldRuleIsABadRequestNamingTheField() {
        badProposal("title", " ", 400, "title");
        badProposal("options", List.of(), 400, "options");
        badProposal("options", List.of("PostgreSQL", "x".repeat(201)), 400, "options");
        badProposal("chosenOption", "MongoDB", 400, "chosenOption");
        badProposal("approvers", List.of(author.principal(), author.principal()), 400, "approvers");
        badProposal("approvers", List.of("someone@example.com"), 400, "approvers");
        badProposal("approvers", null, 400, "approvers");
        badProposal("quorum", 0, 400, "quorum");
        badProposal("quorum", 3, 400, "quorum");
    }

    @Test
    void linkingAPageOutsideTheWorkspaceIsUnprocessable() {
        Created otherWorkspace = quire.createWorkspace(author, "Elsewhere");
        Created notebook = quire.createNotebook(author, otherWorkspace.id(), "Notes");
        Created elsewhere = quire.createPage(author, notebook.id(), "Elsewhere", "");
        Tenant stranger = quire.registerTenant("Strangers");
        Created strangersWorkspace = quire.createWorkspace(stranger, "Theirs");
        Created strangersNotebook = quire.createNotebook(stranger, strangersWorkspace.id(), "Theirs");
        Created strangersPage = quire.createPage(stranger, strangersNotebook.id(), "Theirs", "");

        badProposal("pageIds", List.of(elsewhere.id()), 422, "pageIds");
        badProposal("pageIds", List.of(strangersPage.id()), 422, "pageIds");
        badProposal("pageIds", List.of(UUID.randomUUID().toString()), 422, "pageIds");
        badProposal("pageIds", List.of("not-a-page"), 422, "pageIds");
        badProposal("pageIds", List.of(workspace.id()), 422, "pageIds");
    }

    @Test
    void proposingInAnUnknownOrArchivedWorkspaceIsRefused() {
        problem(decisions.proposing(author, UUID.randomUUID().toString(), Decisions.proposal(approvers)), 404);
        problem(decisions.proposing(author, "not-a-workspace", Decisions.proposal(approvers)), 404);
        quire.post(author, "/api/v1/workspaces/" + workspace.id() + "/archive", Map.of()).expectStatus().isOk();
        problem(decisions.proposing(author, workspace.id(), Decisions.proposal(approvers)), 409);
    }

    @Test
    void votesOutOfTurnAreRefused() {
        Tenant outsider = quire.issueApiKey(author, "outsider");
        Created proposed = decisions.propose(author, workspace.id(), Decisions.proposal(approvers));

        JsonNode forbidden = problem(decisions.acting(outsider, proposed.id(), "approve", Map.of()), 403);
        assertThat(forbidden.get("type").asText()).isEqualTo("/problems/forbidden");
        problem(decisions.acting(outsider, proposed.id(), "reject", Map.of("reason", "No")), 403);

        decisions.approve(author, proposed.id());
        problem(decisions.acting(author, proposed.id(), "approve", Map.of()), 409);
        problem(decisions.acting(author, proposed.id(), "reject", Map.of("reason", "Changed my mind")), 409);
        JsonNode noReason = problem(decisions.acting(reviewer, proposed.id(), "reject", Map.of("reason", " ")), 400);
        assertThat(noReason.get("field").asText()).isEqualTo("reason");
        problem(decisions.acting(reviewer, proposed.id(), "reject", Map.of()), 400);
        JsonNode stale = problem(decisions.acting(reviewer, proposed.id(), "approve", Map.of(), 1), 409);
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void impossibleSupersessionsAreRefused() {
        Created old = decisions.propose(author, workspace.id(), Decisions.proposal(approvers));
        Created newer = decisions.propose(author, workspace.id(), Decisions.proposal(approvers));
        Created otherWorkspace = quire.createWorkspace(author, "Elsewhere");
        Created elsewhere = decisions.propose(author, otherWorkspace.id(), Decisions.proposal(approvers));

        problem(decisions.acting(author, old.id(), "supersede", Map.of("by", newer.id())), 409);
        decisions.approve(author, old.id());
        decisions.approve(reviewer, old.id());

        assertThat(problem(decisions.acting(author, old.id(), "supersede", Map.of()), 400).get("field").asText())
                .isEqualTo("by");
        for (String by : List.of("nope", old.id(), elsewhere.id(), UUID.randomUUID().toString(), workspace.id())) {
            JsonNode refused = problem(decisions.acting(author, old.id(), "supersede", Map.of("by", by)), 422);
            assertThat(refused.get("field").asText()).isEqualTo("by");
        }
        problem(decisions.acting(author, old.id(), "supersede", Map.of("by", newer.id()), 2), 409);

        decisions.supersede(author, old.id(), newer.id());
        problem(decisions.acting(author, old.id(), "supersede", Map.of("by", newer.id())), 409);
    }

    @Test
    void aDecisionAlreadySupersedingAnotherCannotSupersedeASecond() {
        Created first = decisions.propose(author, workspace.id(), Decisions.proposal(List.of(reviewer.principal())));
        Created second = decisions.propose(author, workspace.id(), Decisions.proposal(List.of(reviewer.principal())));
        Created successor = decisions.propose(author, workspace.id(),
                Decisions.proposal(List.of(reviewer.principal())));
        decisions.approve(reviewer, first.id());
        decisions.approve(reviewer, second.id());
        decisions.supersede(author, first.id(), successor.id());

        problem(decisions.acting(author, second.id(), "supersede", Map.of("by", successor.id())), 409);
    }

    @Test
    void unknownDecisionsAndStatusesAreRefused() {
        String unknown = UUID.randomUUID().toString();
        problem(quire.get(author, "/api/v1/decisions/" + unknown), 404);
        problem(quire.get(author, "/api/v1/decisions/not-a-decision"), 404);
        problem(decisions.acting(author, unknown, "approve", Map.of()), 404);
        problem(decisions.acting(author, "not-a-decision", "withdraw", Map.of()), 404);
        problem(decisions.acting(author, workspace.id(), "approve", Map.of()), 404);
        problem(quire.get(author, "/api/v1/workspaces/" + unknown + "/decisions"), 404);
        problem(quire.get(author, "/api/v1/pages/" + unknown + "/decisions"), 404);

        JsonNode status = problem(quire.get(author, "/api/v1/workspaces/" + workspace.id()
                + "/decisions?status=maybe"), 400);
        assertThat(status.get("field").asText()).isEqualTo("status");
        assertThat(status.get("detail").asText()).contains("status");
    }

    @Test
    void proposingTwiceWithTheSameIdempotencyKeyProposesOnce() {
        Map<String, Object> body = Decisions.proposal(approvers);
        JsonNode first = withKey("decide-1", body).expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode again = withKey("decide-1", body).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(again).isEqualTo(first);
        problem(withKey("decide-1", Decisions.proposal(approvers, "title", "Another")), 422);

        Created created = new Created(first.get("id").asText(), 1, first.get("consistency").asText());
        assertThat(ids(quire.read(author, "/api/v1/workspaces/" + workspace.id() + "/decisions", created)))
                .containsExactly(created.id());
    }

    private WebTestClient.ResponseSpec withKey(String key, Map<String, Object> body) {
        return web.post().uri("/api/v1/workspaces/" + workspace.id() + "/decisions")
                .header("X-Api-Key", author.apiKey()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
