package io.quire.platform.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.created;
import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Two tenants side by side: neither can see, change or even detect the other's data. */
class TenantIsolationTest extends ApiTest {

    @Test
    void tenantsNeverSeeEachOthersResources() {
        Tenant alice = quire.registerTenant("Alice Corp");
        Tenant bob = quire.registerTenant("Bob Corp");
        Created workspace = quire.createWorkspace(alice, "Secret plans");
        Created notebook = quire.createNotebook(alice, workspace.id(), "Secret notebook");
        Created page = quire.createPage(alice, notebook.id(), "Secret page", "secret body");
        Created bobsWorkspace = quire.createWorkspace(bob, "Bob's");

        assertThat(ids(quire.read(bob, "/api/v1/workspaces", bobsWorkspace))).containsExactly(bobsWorkspace.id());
        assertThat(ids(quire.read(alice, "/api/v1/workspaces", bobsWorkspace))).containsExactly(workspace.id());

        for (String path : new String[]{
                "/api/v1/workspaces/" + workspace.id(),
                "/api/v1/workspaces/" + workspace.id() + "/notebooks",
                "/api/v1/notebooks/" + notebook.id(),
                "/api/v1/notebooks/" + notebook.id() + "/pages",
                "/api/v1/pages/" + page.id(),
                "/api/v1/pages/" + page.id() + "/versions",
                "/api/v1/pages/" + page.id() + "/versions/1",
                "/api/v1/pages/" + page.id() + "/diff?from=1&to=1"}) {
            problem(quire.get(bob, path + (path.contains("?") ? "&" : "?") + "consistency="
                    + bobsWorkspace.consistency()), 404);
        }
    }

    @Test
    void anotherTenantsIdAnswersExactlyLikeAnUnknownOne() {
        Tenant alice = quire.registerTenant("Alice Again");
        Tenant bob = quire.registerTenant("Bob Again");
        Created workspace = quire.createWorkspace(alice, "W");
        Created notebook = quire.createNotebook(alice, workspace.id(), "N");
        Created page = quire.createPage(alice, notebook.id(), "P", "");
        String unknown = "00000000-0000-0000-0000-000000000001";

        JsonNode foreign = problem(edit(bob, page.id()), 404);
        JsonNode missing = problem(edit(bob, unknown), 404);
        assertThat(foreign.get("detail").asText().replace(page.id(), "ID"))
                .isEqualTo(missing.get("detail").asText().replace(unknown, "ID"));
        assertThat(foreign.get("type")).isEqualTo(missing.get("type"));
        assertThat(foreign.get("title")).isEqualTo(missing.get("title"));
    }

    @Test
    void aTenantCannotWriteIntoAnotherTenantsResources() {
        Tenant alice = quire.registerTenant("Alice Writes");
        Tenant mallory = quire.registerTenant("Mallory");
        Created workspace = quire.createWorkspace(alice, "W");
        Created notebook = quire.createNotebook(alice, workspace.id(), "N");
        Created page = quire.createPage(alice, notebook.id(), "P", "original");
        Created malloryWorkspace = quire.createWorkspace(mallory, "M");
        Created malloryNotebook = quire.createNotebook(mallory, malloryWorkspace.id(), "M");

        problem(quire.post(mallory, "/api/v1/workspaces/" + workspace.id() + "/notebooks", Map.of("title", "x")), 404);
        problem(quire.post(mallory, "/api/v1/notebooks/" + notebook.id() + "/pages", Map.of("title", "x")), 404);
        problem(edit(mallory, page.id()), 404);
        problem(quire.post(mallory, "/api/v1/pages/" + page.id() + "/archive", Map.of()), 404);
        problem(quire.post(mallory, "/api/v1/notebooks/" + notebook.id() + "/archive", Map.of()), 404);
        problem(quire.post(alice, "/api/v1/pages/" + page.id() + "/move",
                Map.of("notebookId", malloryNotebook.id())), 422);

        JsonNode untouched = quire.read(alice, "/api/v1/pages/" + page.id(), page);
        assertThat(untouched.get("version").asLong()).isEqualTo(1);
        assertThat(untouched.get("body").asText()).isEqualTo("original");
    }

    @Test
    void theTenantComesFromTheKeyNeverFromTheBody() {
        Tenant alice = quire.registerTenant("Alice Body");
        Tenant bob = quire.registerTenant("Bob Body");
        Created created = quire.createWorkspace(bob, "ignored");
        Created sneaky = created(quire.post(bob, "/api/v1/workspaces",
                Map.of("name", "sneaky", "tenantId", alice.id())));

        assertThat(ids(quire.read(alice, "/api/v1/workspaces", sneaky))).doesNotContain(sneaky.id());
        assertThat(ids(quire.read(bob, "/api/v1/workspaces", sneaky))).contains(created.id(), sneaky.id());
    }

    private WebTestClient.ResponseSpec edit(Tenant tenant, String pageId) {
        return web.put().uri("/api/v1/pages/" + pageId).header("X-Api-Key", tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "hijacked", "body", "x")).exchange();
    }
}
