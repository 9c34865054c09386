package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.platform.search.Searches.field;
import static org.assertj.core.api.Assertions.assertThat;

/** Searching pages, notebooks and decisions: ranking, snippets, query syntax and filters. */
class SearchTest extends ApiTest {

    private Searches searches;
    private Tenant tenant;
    private String workspace;
    private String notebook;

    @BeforeEach
    void aTenantWithANotebook() {
        searches = new Searches(quire, web);
        tenant = quire.registerTenant("Searching Co");
        workspace = quire.createWorkspace(tenant, "Research").id();
        notebook = quire.createNotebook(tenant, workspace, "Lab notes").id();
    }

    @Test
    void aTitleMatchRanksAboveABodyOnlyMatch() {
        Created bodyOnly = quire.createPage(tenant, notebook, "Weekly notes", "We talked about the zeppelin hangar.");
        Created inTitle = quire.createPage(tenant, notebook, "Zeppelin hangar", "Plans for the new building.");

        JsonNode result = searches.search(tenant, inTitle, "q", "zeppelin");

        assertThat(field(result, "id")).containsExactly(inTitle.id(), bodyOnly.id());
        assertThat(result.get("items").get(0).get("rank").asDouble())
                .isGreaterThan(result.get("items").get(1).get("rank").asDouble());
        JsonNode hit = result.get("items").get(0);
        assertThat(hit.get("type").asText()).isEqualTo("page");
        assertThat(hit.get("workspaceId").asText()).isEqualTo(workspace);
        assertThat(hit.get("notebookId").asText()).isEqualTo(notebook);
        assertThat(hit.get("title").asText()).isEqualTo("Zeppelin hangar");
        assertThat(hit.get("updatedAt").asText()).isNotBlank();
        assertThat(result.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void snippetsMarkTheMatchesAndEscapeEverythingElse() {
        Created page = quire.createPage(tenant, notebook, "Security review",
                "Found <script>alert('x')</script> in the zeppelin form & fixed it; List<String> stays.");

        JsonNode hit = searches.search(tenant, page, "q", "zeppelin").get("items").get(0);

        String snippet = hit.get("snippet").asText();
        assertThat(snippet).contains("<mark>zeppelin</mark>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("&amp; fixed")
                .contains("List&lt;String&gt;")
                .doesNotContain("<script>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void textInAngleBracketsIsSearchable() {
        Created page = quire.createPage(tenant, notebook, "Types", "A method returns List<Quokka> here.");

        JsonNode hit = searches.search(tenant, page, "q", "quokka").get("items").get(0);

        assertThat(hit.get("snippet").asText()).contains("List&lt;<mark>Quokka</mark>&gt;");
    }

    @Test
    void aPhraseMatchesItsWordsInOrderOnly() {
        Created inOrder = quire.createPage(tenant, notebook, "Trains", "The release train leaves on Friday.");
        Created apart = quire.createPage(tenant, notebook, "Teams", "Each train has a release manager.");

        assertThat(searches.ids(tenant, apart, "q", "\"release train\"")).containsExactly(inOrder.id());
        assertThat(searches.ids(tenant, apart, "q", "release train")).containsExactlyInAnyOrder(inOrder.id(),
                apart.id());
    }

    @Test
    void aPrefixMatchesWordsThatStartWithIt() {
        Created page = quire.createPage(tenant, notebook, "Pipeline", "Deployment happens at night.");
        Created other = quire.createPage(tenant, notebook, "Depot", "Nothing to see.");

        assertThat(searches.ids(tenant, other, "q", "deploym*")).containsExactly(page.id());
        assertThat(searches.ids(tenant, other, "q", "DEPLO*")).containsExactly(page.id());
        assertThat(searches.ids(tenant, other, "q", "dep*")).containsExactlyInAnyOrder(page.id(), other.id());
        assertThat(searches.ids(tenant, other, "q", "deploym")).isEmpty();
    }

    @Test
    void wordsCanBeExcludedOrOfferedAsAlternatives() {
        Created train = quire.createPage(tenant, notebook, "Release train", "Fridays.");
        Created notes = quire.createPage(tenant, notebook, "Release notes", "Mondays.");
        Created budget = quire.createPage(tenant, notebook, "Budget", "Tuesdays.");

        assertThat(searches.ids(tenant, budget, "q", "release -train")).containsExactly(notes.id());
        assertThat(searches.ids(tenant, budget, "q", "train or budget")).containsExactlyInAnyOrder(train.id(),
                budget.id());
        assertThat(searches.ids(tenant, budget, "q", "release train")).containsExactly(train.id());
    }

    @Test
    void wordsAreMatchedByTheirStem() {
        Created page = quire.createPage(tenant, notebook, "Morning", "She was running late.");

        assertThat(searches.ids(tenant, page, "q", "runs")).containsExactly(page.id());
    }

    @Test
    void resultsCanBeLimitedToOneTypeOrOneWorkspace() {
        Created named = quire.createNotebook(tenant, workspace, "Marmalade recipes");
        Created page = quire.createPage(tenant, notebook, "Marmalade", "Oranges and sugar.");
        Created decision = searches.propose(tenant, workspace, "Marmalade for the office");
        String otherWorkspace = quire.createWorkspace(tenant, "Elsewhere").id();
        String otherNotebook = quire.createNotebook(tenant, otherWorkspace, "Kitchen").id();
        Created elsewhere = quire.createPage(tenant, otherNotebook, "Marmalade too", "Lemons.");

        assertThat(searches.ids(tenant, elsewhere, "q", "marmalade")).hasSize(4);
        assertThat(searches.ids(tenant, elsewhere, "q", "marmalade", "type", "notebook"))
                .containsExactly(named.id());
        assertThat(searches.ids(tenant, elsewhere, "q", "marmalade", "type", "page"))
                .containsExactlyInAnyOrder(page.id(), elsewhere.id());
        JsonNode decisions = searches.search(tenant, elsewhere, "q", "marmalade", "type", "decision");
        assertThat(field(decisions, "type")).containsExactly("decision");
        assertThat(field(decisions, "status")).containsExactly("proposed");
        assertThat(decisions.get("items").get(0).get("notebookId").isNull()).isTrue();
        assertThat(searches.ids(tenant, elsewhere, "q", "marmalade", "workspace", otherWorkspace))
                .containsExactly(elsewhere.id());
        assertThat(searches.ids(tenant, elsewhere, "q", "marmalade", "workspace", workspace, "type", "page"))
                .containsExactly(page.id());
        assertThat(field(decisions, "id")).containsExactly(decision.id());
    }

}
