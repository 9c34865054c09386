package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Each workspace is searched in its own language, english unless it chooses another. */
class SearchLanguageTest extends ApiTest {

    private Searches searches;
    private Tenant tenant;
    private Created workspace;
    private String notebook;

    @BeforeEach
    void aTenantWithANotebook() {
        searches = new Searches(quire, web);
        tenant = quire.registerTenant("Polyglot Co");
        workspace = quire.createWorkspace(tenant, "Languages");
        notebook = quire.createNotebook(tenant, workspace.id(), "Notes").id();
    }

    @Test
    void aWorkspaceIsSearchedInEnglishUntilItChoosesAnotherLanguage() {
        JsonNode view = quire.read(tenant, "/api/v1/workspaces/" + workspace.id(), workspace);
        assertThat(view.get("searchLanguage").asText()).isEqualTo("english");

        Created changed = searches.changeLanguage(tenant, workspace.id(), 1, "german");

        assertThat(changed.version()).isEqualTo(2);
        JsonNode after = quire.read(tenant, "/api/v1/workspaces/" + workspace.id(), changed);
        assertThat(after.get("searchLanguage").asText()).isEqualTo("german");
        assertThat(after.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void switchingToSimpleStopsStemmingForDocumentsAlreadyIndexed() {
        Created page = quire.createPage(tenant, notebook, "Morning", "She was running late.");
        assertThat(searches.ids(tenant, page, "q", "run")).containsExactly(page.id());

        Created simple = searches.changeLanguage(tenant, workspace.id(), 1, "simple");

        assertThat(searches.ids(tenant, simple, "q", "run")).isEmpty();
        assertThat(searches.ids(tenant, simple, "q", "running")).containsExactly(page.id());
        Created later = quire.createPage(tenant, notebook, "Evening", "He runs home.");
        assertThat(searches.ids(tenant, later, "q", "run")).isEmpty();
        assertThat(searches.ids(tenant, later, "q", "runs")).containsExactly(later.id());
    }

    @Test
    void germanStemmingFindsOtherFormsOfAWord() {
        Created german = searches.changeLanguage(tenant, workspace.id(), 1, "german");
        Created page = quire.createPage(tenant, notebook, "Umbau", "Die alten H\u00e4user werden renoviert.");

        assertThat(searches.ids(tenant, page, "q", "Haus")).containsExactly(page.id());
        JsonNode hit = searches.search(tenant, page, "q", "Haus").get("items").get(0);
        assertThat(hit.get("snippet").asText()).contains("<mark>H\u00e4user</mark>");
        assertThat(german.version()).isEqualTo(2);
    }

    @Test
    void workspacesOfOneTenantMaySearchInDifferentLanguages() {
        Created other = quire.createWorkspace(tenant, "Plain");
        String otherNotebook = quire.createNotebook(tenant, other.id(), "Plain notes").id();
        searches.changeLanguage(tenant, other.id(), 1, "simple");
        Created stemmed = quire.createPage(tenant, notebook, "One", "Testing the parser.");
        Created plain = quire.createPage(tenant, otherNotebook, "Two", "Testing the parser.");

        assertThat(searches.ids(tenant, plain, "q", "test")).containsExactly(stemmed.id());
        assertThat(searches.ids(tenant, plain, "q", "testing")).containsExactlyInAnyOrder(stemmed.id(), plain.id());
        assertThat(searches.ids(tenant, plain, "q", "tes*")).containsExactlyInAnyOrder(stemmed.id(), plain.id());
    }

    @Test
    void theLanguagesAvailableAreListed() {
        JsonNode languages = quire.get(tenant, "/api/v1/search/languages").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(languages.get("default").asText()).isEqualTo("english");
        assertThat(languages.get("languages").toString()).contains("\"english\"", "\"german\"", "\"simple\"");
    }

    @Test
    void aLanguageChangeNeedsTheVersionInIfMatch() {
        problem(searches.changingLanguage(tenant, workspace.id(), null, Map.of("language", "german")), 428);
        JsonNode stale = problem(searches.changingLanguage(tenant, workspace.id(), "\"7\"",
                Map.of("language", "german")), 409);
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
        problem(searches.changingLanguage(tenant, workspace.id(), "soon", Map.of("language", "german")), 400);
    }

    @Test
    void aLanguageMustBeAConfigurationTheServerKnows() {
        JsonNode malformed = problem(searches.changingLanguage(tenant, workspace.id(), "\"1\"",
                Map.of("language", "german; DROP TABLE x")), 400);
        assertThat(malformed.get("field").asText()).isEqualTo("language");
        problem(searches.changingLanguage(tenant, workspace.id(), "\"1\"", Map.of()), 400);
        JsonNode unknown = problem(searches.changingLanguage(tenant, workspace.id(), "\"1\"",
                Map.of("language", "klingon")), 422);
        assertThat(unknown.get("field").asText()).isEqualTo("language");
        assertThat(quire.read(tenant, "/api/v1/workspaces/" + workspace.id(), workspace).get("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void anotherTenantCannotChangeTheLanguage() {
        Tenant stranger = quire.registerTenant("Stranger Co");

        problem(searches.changingLanguage(stranger, workspace.id(), "\"1\"", Map.of("language", "simple")), 404);
        problem(searches.changingLanguage(stranger, "not-an-id", "\"1\"", Map.of("language", "simple")), 404);
    }

    @Test
    void anArchivedWorkspaceKeepsItsLanguage() {
        Created archived = searches.act(tenant, "/api/v1/workspaces/" + workspace.id() + "/archive");

        problem(searches.changingLanguage(tenant, workspace.id(), "\"" + archived.version() + "\"",
                Map.of("language", "simple")), 409);
    }
}
