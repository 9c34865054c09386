package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.quire.platform.search.Searches.field;
import static io.quire.platform.support.Quire.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;

/** Searching pages, notebooks and decisions: ranking, snippets, query syntax, filters and paging. */
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

    @Test
    void pagesFollowEachOtherThroughTheCursorWithoutRepeatsOrGaps() {
        Created last = null;
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            // Different counts of the word give different ranks; equal counts give ties, which the id breaks.
            last = quire.createPage(tenant, notebook, "Page " + i, "walrus ".repeat(1 + i % 4) + "and more text");
            created.add(last.id());
        }
        List<String> seen = new ArrayList<>();
        List<Double> ranks = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = cursor == null ? searches.search(tenant, last, "q", "walrus", "limit", "10")
                    : searches.search(tenant, last, "q", "walrus", "limit", "10", "cursor", cursor);
            page.get("items").forEach(item -> {
                seen.add(item.get("id").asText());
                ranks.add(item.get("rank").asDouble());
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().hasSize(23);
        assertThat(new HashSet<>(seen)).isEqualTo(created);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theDefaultLimitIsTwenty() {
        Created last = null;
        for (int i = 0; i < 21; i++) {
            last = quire.createPage(tenant, notebook, "Gazebo " + i, "");
        }
        JsonNode first = searches.search(tenant, last, "q", "gazebo");
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.get("nextCursor").isNull()).isFalse();
    }

    @Test
    void anEditIsFoundOnceItsConsistencyTokenIsPassed() {
        Created page = quire.createPage(tenant, notebook, "Draft", "About aardvarks.");
        assertThat(searches.ids(tenant, page, "q", "aardvark")).containsExactly(page.id());

        Created edited = quire.editPage(tenant, page.id(), 1, "Draft", "About pangolins now.");

        assertThat(searches.ids(tenant, edited, "q", "pangolin")).containsExactly(page.id());
        assertThat(searches.ids(tenant, edited, "q", "aardvark")).isEmpty();
    }

    @Test
    void archivedThingsAreLeftOutUnlessAskedFor() {
        Created page = quire.createPage(tenant, notebook, "Okapi sightings", "");
        Created archived = searches.act(tenant, "/api/v1/pages/" + page.id() + "/archive");

        assertThat(searches.ids(tenant, archived, "q", "okapi")).isEmpty();
        JsonNode withArchived = searches.search(tenant, archived, "q", "okapi", "archived", "true");
        assertThat(field(withArchived, "id")).containsExactly(page.id());
        assertThat(withArchived.get("items").get(0).get("archived").asBoolean()).isTrue();

        Created restored = searches.act(tenant, "/api/v1/pages/" + page.id() + "/restore");
        assertThat(searches.ids(tenant, restored, "q", "okapi")).containsExactly(page.id());
    }

    @Test
    void thePagesOfAnArchivedNotebookOrWorkspaceAreLeftOut() {
        Created page = quire.createPage(tenant, notebook, "Ibex", "");
        Created notebookArchived = searches.act(tenant, "/api/v1/notebooks/" + notebook + "/archive");
        assertThat(searches.ids(tenant, notebookArchived, "q", "ibex")).isEmpty();

        Created notebookRestored = searches.act(tenant, "/api/v1/notebooks/" + notebook + "/restore");
        assertThat(searches.ids(tenant, notebookRestored, "q", "ibex")).containsExactly(page.id());

        Created workspaceArchived = searches.act(tenant, "/api/v1/workspaces/" + workspace + "/archive");
        assertThat(searches.ids(tenant, workspaceArchived, "q", "ibex")).isEmpty();
        assertThat(searches.ids(tenant, workspaceArchived, "q", "ibex", "archived", "true"))
                .containsExactly(page.id());
    }

    @Test
    void aMovedPageTakesOnItsNewNotebook() {
        Created page = quire.createPage(tenant, notebook, "Narwhal", "");
        String archivedNotebook = quire.createNotebook(tenant, workspace, "Attic").id();
        String target = quire.createNotebook(tenant, workspace, "Shelf").id();
        Created moved = acknowledged(quire.post(tenant, "/api/v1/pages/" + page.id() + "/move",
                Map.of("notebookId", target)));

        JsonNode hit = searches.search(tenant, moved, "q", "narwhal").get("items").get(0);
        assertThat(hit.get("notebookId").asText()).isEqualTo(target);

        Created archived = searches.act(tenant, "/api/v1/notebooks/" + archivedNotebook + "/archive");
        assertThat(searches.ids(tenant, archived, "q", "narwhal")).containsExactly(page.id());
    }

    @Test
    void aDecisionCarriesItsStatus() {
        Created decision = searches.propose(tenant, workspace, "Adopt the capybara mascot");
        Created approved = searches.act(tenant, "/api/v1/decisions/" + decision.id() + "/approve");

        JsonNode hit = searches.search(tenant, approved, "q", "capybara").get("items").get(0);
        assertThat(hit.get("id").asText()).isEqualTo(decision.id());
        assertThat(hit.get("status").asText()).isEqualTo("approved");
    }
}
