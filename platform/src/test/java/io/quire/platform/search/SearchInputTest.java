package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed, a search answers results, no results or a 400 problem: never a server error. */
class SearchInputTest extends ApiTest {

    private Searches searches;
    private Tenant tenant;
    private Created page;

    @BeforeEach
    void aTenantWithAPage() {
        searches = new Searches(quire, web);
        tenant = quire.registerTenant("Odd Inputs Co");
        String workspace = quire.createWorkspace(tenant, "W").id();
        page = quire.createPage(tenant, quire.createNotebook(tenant, workspace, "N").id(), "Plain title",
                "Body with a backslash \\ and 'quotes' & ampersands: a:b (c|d) !e f*g.");
    }

    @Test
    void aMissingOrEmptySearchIsRefused() {
        assertThat(problem(searches.searching(tenant), 400).toString()).contains("q");
        assertThat(problem(searches.searching(tenant, "q", ""), 400).get("field").asText()).isEqualTo("q");
        assertThat(problem(searches.searching(tenant, "q", "   "), 400).get("field").asText()).isEqualTo("q");
    }

    @Test
    void aSearchOfMoreThan256CharactersIsRefused() {
        searches.searching(tenant, "q", "a".repeat(256)).expectStatus().isOk();
        assertThat(problem(searches.searching(tenant, "q", "a".repeat(257)), 400).get("field").asText())
                .isEqualTo("q");
        problem(searches.searching(tenant, "q", "word ".repeat(2000)), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"&|!():*'\\", "'", "\\", "\"", "\"unclosed phrase", "***", "a & b", "!e", "a:b",
            "(c|d)", "f*g", "x:*", "'quotes'", "<script>", "%", "%00", "a''b", "\\\\'", ":*", "!!!", "a <-> b",
            "plain:A", "\u0000", "tab\there", "\uFFFD", "\uD83D\uDE00*", "or or or", "-\"\" a", "\u202Eltr",
            "SELECT * FROM search_document", "'; DROP TABLE search_document; --", "$1", ":tenant", "?"})
    void oddInputNeverFails(String query) {
        EntityExchangeResult<JsonNode> result = searches.searching(tenant, "q", query,
                "consistency", page.consistency()).expectBody(JsonNode.class).returnResult();
        int status = result.getStatus().value();
        assertThat(status).as("status for %s", query).isIn(200, 400);
        if (status == 400) {
            assertThat(result.getResponseBody().get("type").asText()).isNotBlank();
        } else {
            assertThat(result.getResponseBody().get("items").isArray()).isTrue();
        }
    }

    @Test
    void punctuationAroundAWordStillFindsIt() {
        assertThat(searches.ids(tenant, page, "q", "(ampersands)")).containsExactly(page.id());
        assertThat(searches.ids(tenant, page, "q", "'quotes'")).containsExactly(page.id());
        assertThat(searches.ids(tenant, page, "q", "backslash\\")).containsExactly(page.id());
    }

    @Test
    void aSearchOfStopWordsOnlyFindsNothing() {
        assertThat(searches.ids(tenant, page, "q", "the and a")).isEmpty();
    }

    @Test
    void badFiltersAndPagingAreRefusedNamingTheParameter() {
        assertThat(field(problem(searches.searching(tenant, "q", "x", "limit", "0"), 400))).isEqualTo("limit");
        assertThat(field(problem(searches.searching(tenant, "q", "x", "limit", "101"), 400))).isEqualTo("limit");
        assertThat(field(problem(searches.searching(tenant, "q", "x", "limit", "ten"), 400))).isEqualTo("limit");
        searches.searching(tenant, "q", "x", "limit", "100").expectStatus().isOk();
        assertThat(field(problem(searches.searching(tenant, "q", "x", "type", "user"), 400))).isEqualTo("type");
        assertThat(field(problem(searches.searching(tenant, "q", "x", "workspace", "nope"), 400)))
                .isEqualTo("workspace");
        assertThat(field(problem(searches.searching(tenant, "q", "x", "cursor", "%%%"), 400))).isEqualTo("cursor");
        String notARank = Base64.getUrlEncoder().encodeToString(
                "NaN|00000000-0000-0000-0000-000000000001".getBytes(StandardCharsets.UTF_8));
        assertThat(field(problem(searches.searching(tenant, "q", "x", "cursor", notARank), 400)))
                .isEqualTo("cursor");
        problem(searches.searching(tenant, "q", "x", "archived", "maybe"), 400);
        problem(searches.searching(tenant, "q", "x", "consistency", "soon"), 400);
    }

    @Test
    void searchingNeedsAnApiKey() {
        problem(web.get().uri("/api/v1/search?q=x").exchange(), 401);
    }

    private static String field(JsonNode problem) {
        return problem.get("field").asText();
    }
}
