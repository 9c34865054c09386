package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.query.search.SearchQueryEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.quire.platform.search.Searches.field;
import static io.quire.platform.support.Quire.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;

/** What a search finds as things change: edits, moves, archiving, decisions' status; and paging through it. */
class SearchScopeTest extends ApiTest {

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
    void aSearchWithMoreMatchesThanItRanksRanksTheFirstItFindsAndSaysSo() {
        int ranked = 25;
        Created last = null;
        for (int i = 0; i < ranked + 5; i++) {
            last = quire.createPage(tenant, notebook, "Narwhal " + i, "");
        }
        Created rare = quire.createPage(tenant, notebook, "Narwhal tusk", "");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            WebTestClient.ResponseSpec answer = cursor == null
                    ? searches.searching(tenant, "q", "narwhal", "consistency", rare.consistency())
                    : searches.searching(tenant, "q", "narwhal", "consistency", rare.consistency(), "cursor", cursor);
            JsonNode page = answer.expectStatus().isOk()
                    .expectHeader().valueEquals(SearchQueryEndpoint.PARTIAL_HEADER, Integer.toString(ranked))
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).hasSize(ranked);

        searches.searching(tenant, "q", "tusk", "consistency", rare.consistency())
                .expectStatus().isOk()
                .expectHeader().doesNotExist(SearchQueryEndpoint.PARTIAL_HEADER);
        assertThat(searches.ids(tenant, last, "q", "narwhal 29")).containsExactly(last.id());
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
