package io.quire.platform.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Another tenant's decisions answer 404 everywhere, exactly like unknown ones, even to a key listed as approver. */
class DecisionIsolationTest extends ApiTest {

    @Test
    void anotherTenantGetsNotFoundForEveryDecisionEndpoint() {
        Decisions decisions = new Decisions(quire, web);
        Tenant alice = quire.registerTenant("Alice Decides");
        Tenant bob = quire.registerTenant("Bob Decides");
        Created workspace = quire.createWorkspace(alice, "W");
        Created notebook = quire.createNotebook(alice, workspace.id(), "N");
        Created page = quire.createPage(alice, notebook.id(), "P", "");
        Created decision = decisions.propose(alice, workspace.id(), Decisions.proposal(
                List.of(alice.principal(), bob.principal()), "pageIds", List.of(page.id())));
        Created approved = decisions.approve(alice, decision.id());

        String afterApproval = "consistency=" + approved.consistency();
        for (String path : List.of("/api/v1/decisions/" + decision.id() + "?" + afterApproval,
                "/api/v1/workspaces/" + workspace.id() + "/decisions?" + afterApproval,
                "/api/v1/workspaces/" + workspace.id() + "/decisions?status=proposed&" + afterApproval,
                "/api/v1/pages/" + page.id() + "/decisions?" + afterApproval)) {
            problem(quire.get(bob, path), 404);
        }
        problem(decisions.proposing(bob, workspace.id(), Decisions.proposal(List.of(bob.principal()))), 404);
        for (String action : List.of("approve", "withdraw")) {
            problem(decisions.acting(bob, decision.id(), action, Map.of()), 404);
        }
        problem(decisions.acting(bob, decision.id(), "reject", Map.of("reason", "Not ours")), 404);
        problem(decisions.acting(bob, decision.id(), "supersede", Map.of("by", decision.id())), 404);

        JsonNode untouched = quire.read(alice, "/api/v1/decisions/" + decision.id(), approved);
        assertThat(untouched.get("version").asLong()).isEqualTo(2);
        assertThat(untouched.get("votes")).hasSize(1);
    }

    @Test
    void anotherTenantsDecisionAnswersExactlyLikeAnUnknownOne() {
        Decisions decisions = new Decisions(quire, web);
        Tenant alice = quire.registerTenant("Alice Again Decides");
        Tenant bob = quire.registerTenant("Bob Again Decides");
        Created workspace = quire.createWorkspace(alice, "W");
        Created decision = decisions.propose(alice, workspace.id(), Decisions.proposal(List.of(bob.principal())));
        String unknown = "00000000-0000-0000-0000-000000000002";

        JsonNode foreign = problem(decisions.acting(bob, decision.id(), "approve", Map.of()), 404);
        JsonNode missing = problem(decisions.acting(bob, unknown, "approve", Map.of()), 404);
        assertThat(foreign.get("detail").asText().replace(decision.id(), "ID"))
                .isEqualTo(missing.get("detail").asText().replace(unknown, "ID"));
        JsonNode foreignRead = problem(quire.get(bob, "/api/v1/decisions/" + decision.id() + "?consistency="
                + decision.consistency()), 404);
        JsonNode missingRead = problem(quire.get(bob, "/api/v1/decisions/" + unknown), 404);
        assertThat(foreignRead.get("detail").asText().replace(decision.id(), "ID"))
                .isEqualTo(missingRead.get("detail").asText().replace(unknown, "ID"));
        assertThat(foreign.get("detail")).isEqualTo(foreignRead.get("detail"));
    }

    @Test
    void aTenantCannotSupersedeWithAnotherTenantsDecision() {
        Decisions decisions = new Decisions(quire, web);
        Tenant alice = quire.registerTenant("Alice Supersedes");
        Tenant bob = quire.registerTenant("Bob Supersedes");
        Created alicesDecision = decisions.propose(alice, quire.createWorkspace(alice, "A").id(),
                Decisions.proposal(List.of(alice.principal())));
        Created bobsWorkspace = quire.createWorkspace(bob, "B");
        Created bobsDecision = decisions.propose(bob, bobsWorkspace.id(), Decisions.proposal(List.of(bob.principal())));
        Created approved = decisions.approve(bob, bobsDecision.id());

        JsonNode refused = problem(decisions.acting(bob, bobsDecision.id(), "supersede",
                Map.of("by", alicesDecision.id())), 422);
        assertThat(refused.get("field").asText()).isEqualTo("by");
        assertThat(ids(quire.read(bob, "/api/v1/workspaces/" + bobsWorkspace.id() + "/decisions?status=approved",
                approved))).containsExactly(bobsDecision.id());
    }
}
