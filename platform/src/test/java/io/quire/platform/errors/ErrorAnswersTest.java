package io.quire.platform.errors;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets problem+json with the right status, never a 500 and never a stack trace. */
public class ErrorAnswersTest extends ApiTest {

    private Tenant tenant;
    private Created notebook;
    private Created page;

    @BeforeEach
    void somePages() {
        tenant = quire.registerTenant("Errors Inc");
        Created workspace = quire.createWorkspace(tenant, "W");
        notebook = quire.createNotebook(tenant, workspace.id(), "N");
        page = quire.createPage(tenant, notebook.id(), "Page", "body");
    }

    @Test
    void malformedJsonIsABadRequest() {
        JsonNode problem = problem(send("/api/v1/workspaces", MediaType.APPLICATION_JSON, "{\"name\":"), 400);
        assertThat(problem.get("detail").asText()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        problem(send("/api/v1/workspaces", MediaType.TEXT_PLAIN, "name=x"), 415);
    }

    @Test
    void unknownFieldsAreIgnored() {
        send("/api/v1/workspaces", MediaType.APPLICATION_JSON, "{\"name\":\"ok\",\"colour\":\"blue\"}")
                .expectStatus().isCreated();
    }

    @Test
    void aMissingOrBlankTitleIsABadRequestNamingTheField() {
        JsonNode missing = problem(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages",
                Map.of("body", "x")), 400);
        assertThat(missing.get("field").asText()).isEqualTo("title");
        JsonNode blank = problem(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages",
                Map.of("title", "   ")), 400);
        assertThat(blank.get("field").asText()).isEqualTo("title");
    }

    @Test
    void aTitleOverTwoHundredCharactersOrWithControlCharactersIsRejected() {
        problem(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages", Map.of("title", "x".repeat(201))),
                400);
        problem(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages", Map.of("title", "a\tb")), 400);
        quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages", Map.of("title", "😀".repeat(200)))
                .expectStatus().isCreated();
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        String body = "x".repeat(1024 * 1024 + 1);
        problem(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages", Map.of("title", "t", "body", body)),
                413);
        String wayTooLarge = "y".repeat(6 * 1024 * 1024);
        problem(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages",
                Map.of("title", "t", "body", wayTooLarge)), 413);
        quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages",
                Map.of("title", "t", "body", "z".repeat(1024 * 1024))).expectStatus().isCreated();
    }

    @Test
    void unknownIdsAndIdsInTheWrongFormatAreNotFound() {
        problem(quire.get(tenant, "/api/v1/pages/00000000-0000-0000-0000-000000000000"), 404);
        problem(quire.get(tenant, "/api/v1/pages/not-a-uuid"), 404);
        problem(quire.get(tenant, "/api/v1/notebooks/not-a-uuid/pages"), 404);
        problem(quire.post(tenant, "/api/v1/pages/not-a-uuid/archive", Map.of()), 404);
        problem(quire.post(tenant, "/api/v1/workspaces/00000000-0000-0000-0000-000000000000/notebooks",
                Map.of("title", "t")), 404);
        problem(quire.get(tenant, "/api/v1/no-such-endpoint"), 404);
    }

    @Test
    void anIdOfAnotherKindOfResourceIsNotFoundRatherThanAnError() {
        Created workspace = quire.createWorkspace(tenant, "Other");
        problem(web.put().uri("/api/v1/pages/" + notebook.id()).header("X-Api-Key", tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "t", "body", "b")).exchange(), 404);
        problem(quire.post(tenant, "/api/v1/workspaces/" + notebook.id() + "/notebooks", Map.of("title", "t")), 404);
        problem(quire.post(tenant, "/api/v1/notebooks/" + page.id() + "/pages", Map.of("title", "t")), 404);
        problem(quire.post(tenant, "/api/v1/notebooks/" + workspace.id() + "/archive", Map.of()), 404);
        problem(quire.post(tenant, "/api/v1/pages/" + page.id() + "/move", Map.of("notebookId", workspace.id())), 422);
        problem(quire.get(tenant, "/api/v1/pages/" + notebook.id() + "/versions/1"), 404);
        problem(quire.get(tenant, "/api/v1/pages/" + workspace.id() + "/diff?from=1&to=1"), 404);
    }

    @Test
    void updatesWithoutIfMatchArePreconditionRequired() {
        problem(web.put().uri("/api/v1/pages/" + page.id()).header("X-Api-Key", tenant.apiKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "t", "body", "b")).exchange(), 428);
        problem(web.patch().uri("/api/v1/notebooks/" + notebook.id()).header("X-Api-Key", tenant.apiKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "t")).exchange(), 428);
    }

    @Test
    void aStaleVersionIsAConflictCarryingTheCurrentVersion() {
        quire.editPage(tenant, page.id(), 1, "Page", "second");
        JsonNode problem = problem(web.put().uri("/api/v1/pages/" + page.id()).header("X-Api-Key", tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "t", "body", "b")).exchange(), 409);
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aMalformedIfMatchIsABadRequest() {
        problem(web.put().uri("/api/v1/pages/" + page.id()).header("X-Api-Key", tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "yesterday").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "t", "body", "b")).exchange(), 400);
    }

    @Test
    void badListParametersAreBadRequests() {
        problem(quire.get(tenant, "/api/v1/workspaces?limit=0"), 400);
        problem(quire.get(tenant, "/api/v1/workspaces?limit=201"), 400);
        problem(quire.get(tenant, "/api/v1/workspaces?limit=ten"), 400);
        problem(quire.get(tenant, "/api/v1/workspaces?cursor=bm90LWEtY3Vyc29y"), 400);
        problem(quire.get(tenant, "/api/v1/workspaces?consistency=soon"), 400);
        quire.get(tenant, "/api/v1/workspaces?limit=200").expectStatus().isOk();
    }

    @Test
    void movingToAnotherWorkspaceIsUnprocessable() {
        Created otherWorkspace = quire.createWorkspace(tenant, "Other");
        Created elsewhere = quire.createNotebook(tenant, otherWorkspace.id(), "Elsewhere");
        problem(quire.post(tenant, "/api/v1/pages/" + page.id() + "/move", Map.of("notebookId", elsewhere.id())), 422);
        problem(quire.post(tenant, "/api/v1/pages/" + page.id() + "/move", Map.of("notebookId", "nope")), 422);
        problem(quire.post(tenant, "/api/v1/pages/" + page.id() + "/move", Map.of()), 400);
    }

    private WebTestClient.ResponseSpec send(String path, MediaType type, String raw) {
        return web.post().uri(path).header("X-Api-Key", tenant.apiKey()).contentType(type).bodyValue(raw).exchange();
    }

    public static JsonNode problem(WebTestClient.ResponseSpec response, int status) {
        JsonNode problem = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.toString()).doesNotContain("\"trace\"").doesNotContain("Exception");
        return problem;
    }
}
