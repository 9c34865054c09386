package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A search never shows another tenant's documents, however alike their text. */
class SearchIsolationTest extends ApiTest {

    @Test
    void identicalTextInAnotherTenantIsNeverFound() {
        Searches searches = new Searches(quire, web);
        Tenant alice = quire.registerTenant("Alice Searches");
        Tenant bob = quire.registerTenant("Bob Searches");
        String alicesWorkspace = quire.createWorkspace(alice, "Plans").id();
        String bobsWorkspace = quire.createWorkspace(bob, "Plans").id();
        Created alicesPage = quire.createPage(alice, quire.createNotebook(alice, alicesWorkspace, "Secret plans").id(),
                "Secret plan", "The secret plan is to buy the moon.");
        Created bobsPage = quire.createPage(bob, quire.createNotebook(bob, bobsWorkspace, "Secret plans").id(),
                "Secret plan", "The secret plan is to buy the moon.");
        Created bobsDecision = searches.propose(bob, bobsWorkspace, "Secret plan approved");

        JsonNode alices = searches.search(alice, bobsDecision, "q", "secret plan", "limit", "100", "archived", "true");
        JsonNode bobs = searches.search(bob, bobsDecision, "q", "secret plan", "limit", "100", "archived", "true");

        assertThat(Searches.field(alices, "id")).contains(alicesPage.id()).doesNotContain(bobsPage.id(),
                bobsDecision.id());
        assertThat(Searches.field(alices, "workspaceId")).containsOnly(alicesWorkspace);
        assertThat(Searches.field(bobs, "id")).contains(bobsPage.id(), bobsDecision.id())
                .doesNotContain(alicesPage.id());
        assertThat(Searches.field(bobs, "workspaceId")).containsOnly(bobsWorkspace);
        assertThat(searches.ids(alice, bobsDecision, "q", "moo*")).containsExactly(alicesPage.id());
    }

    @Test
    void anotherTenantsWorkspaceAsAFilterAnswersLikeAnUnknownOne() {
        Searches searches = new Searches(quire, web);
        Tenant alice = quire.registerTenant("Alice Filters");
        Tenant bob = quire.registerTenant("Bob Filters");
        Created bobsWorkspace = quire.createWorkspace(bob, "Bob's");
        String unknown = "00000000-0000-0000-0000-000000000009";

        JsonNode foreign = problem(searches.searching(alice, "q", "plan", "workspace", bobsWorkspace.id(),
                "consistency", bobsWorkspace.consistency()), 404);
        JsonNode missing = problem(searches.searching(alice, "q", "plan", "workspace", unknown), 404);

        assertThat(foreign.get("detail").asText().replace(bobsWorkspace.id(), "ID"))
                .isEqualTo(missing.get("detail").asText().replace(unknown, "ID"));
    }
}
