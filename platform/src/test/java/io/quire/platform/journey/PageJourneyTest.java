package io.quire.platform.journey;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.quire.platform.support.Quire.acknowledged;
import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** The newcomer's journey: tenant, key, workspace, notebook, pages, edits, history, past versions and diffs. */
class PageJourneyTest extends ApiTest {

    @Test
    void aNewTenantWritesAndReadsPagesThroughTheWholeLifecycle() {
        Tenant tenant = quire.registerTenant("Acme Research");
        Created workspace = quire.createWorkspace(tenant, "Research");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "Lab notes");
        Created page = quire.createPage(tenant, notebook.id(), "Findings", "# Findings\nfirst line\n");

        assertThat(page.version()).isEqualTo(1);
        JsonNode detail = quire.read(tenant, "/api/v1/pages/" + page.id(), page);
        assertThat(detail.get("title").asText()).isEqualTo("Findings");
        assertThat(detail.get("body").asText()).isEqualTo("# Findings\nfirst line\n");
        assertThat(detail.get("notebookId").asText()).isEqualTo(notebook.id());
        assertThat(detail.get("workspaceId").asText()).isEqualTo(workspace.id());
        assertThat(detail.get("updatedBy").asText()).isEqualTo("key:" + tenant.keyId());

        Created edited = quire.editPage(tenant, page.id(), 1, "Findings", "# Findings\nsecond line\n");
        assertThat(edited.version()).isEqualTo(2);
        JsonNode afterEdit = quire.read(tenant, "/api/v1/pages/" + page.id(), edited);
        assertThat(afterEdit.get("version").asLong()).isEqualTo(2);
        assertThat(afterEdit.get("body").asText()).isEqualTo("# Findings\nsecond line\n");
    }

    @Test
    void aPartialEditKeepsWhatItDoesNotMention() {
        Tenant tenant = quire.registerTenant("Partial Edits");
        Created page = newPage(tenant, "Title", "precious body");

        Created retitled = acknowledged(web.put().uri("/api/v1/pages/" + page.id())
                .header("X-Api-Key", tenant.apiKey()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "New title")).exchange());

        JsonNode detail = quire.read(tenant, "/api/v1/pages/" + page.id(), retitled);
        assertThat(detail.get("title").asText()).isEqualTo("New title");
        assertThat(detail.get("body").asText()).isEqualTo("precious body");
    }

    @Test
    void pageDetailCarriesItsVersionAsETag() {
        Tenant tenant = quire.registerTenant("ETag Co");
        Created page = newPage(tenant, "Tagged", "body");

        quire.get(tenant, "/api/v1/pages/" + page.id() + "?consistency=" + page.consistency())
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void aPageMissingBeforeTheReadModelReachesTheWriteSaysTheReadIsStale() {
        Tenant tenant = quire.registerTenant("Not Yet Co");
        Created page = newPage(tenant, "Known", "body");
        String unknown = UUID.randomUUID().toString();
        String beyondTheHead = Long.toString(Long.parseLong(page.consistency()) + 1_000_000);

        quire.get(tenant, "/api/v1/pages/" + unknown + "?consistency=" + beyondTheHead)
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("Quire-Consistency", "stale");
        quire.get(tenant, "/api/v1/pages/" + unknown + "?consistency=" + page.consistency())
                .expectStatus().isNotFound()
                .expectHeader().doesNotExist("Quire-Consistency");
    }

    @Test
    void historyListsEveryVersionNewestFirstWithWhoAndWhat() {
        Tenant tenant = quire.registerTenant("History Inc");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created first = quire.createNotebook(tenant, workspace.id(), "First");
        Created second = quire.createNotebook(tenant, workspace.id(), "Second");
        Created page = quire.createPage(tenant, first.id(), "Draft", "a\n");
        quire.editPage(tenant, page.id(), 1, "Plan", "a\nb\n");
        quire.post(tenant, "/api/v1/pages/" + page.id() + "/move", Map.of("notebookId", second.id()))
                .expectStatus().isOk();
        quire.post(tenant, "/api/v1/pages/" + page.id() + "/archive", Map.of()).expectStatus().isOk();
        Created restored = acknowledged(quire.post(tenant, "/api/v1/pages/" + page.id() + "/restore", Map.of()));

        JsonNode versions = quire.read(tenant, "/api/v1/pages/" + page.id() + "/versions", restored);
        List<String> changes = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        versions.get("items").forEach(v -> {
            changes.add(v.get("change").asText());
            numbers.add(v.get("version").asLong());
            titles.add(v.get("title").asText());
            assertThat(v.get("by").asText()).isEqualTo("key:" + tenant.keyId());
            assertThat(v.get("at").asText()).isNotBlank();
        });
        assertThat(numbers).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(changes).containsExactly("restored", "archived", "moved", "edited", "created");
        assertThat(titles).containsExactly("Plan", "Plan", "Plan", "Plan", "Draft");
    }

    @Test
    void anyPastVersionIsRebuiltExactlyFromTheEventStore() {
        Tenant tenant = quire.registerTenant("Time Travel Ltd");
        Created page = newPage(tenant, "v1 title", "one\n");
        quire.editPage(tenant, page.id(), 1, "v2 title", "one\ntwo\n");
        quire.editPage(tenant, page.id(), 2, "v3 title", "three\n");

        JsonNode second = quire.get(tenant, "/api/v1/pages/" + page.id() + "/versions/2")
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(second.get("version").asLong()).isEqualTo(2);
        assertThat(second.get("title").asText()).isEqualTo("v2 title");
        assertThat(second.get("body").asText()).isEqualTo("one\ntwo\n");

        quire.get(tenant, "/api/v1/pages/" + page.id() + "/versions/4").expectStatus().isNotFound();
        quire.get(tenant, "/api/v1/pages/" + page.id() + "/versions/zero").expectStatus().isNotFound();
    }

    @Test
    void diffShowsAUnifiedDiffOfTheBodies() {
        Tenant tenant = quire.registerTenant("Diff GmbH");
        Created page = newPage(tenant, "Spec", "alpha\nbeta\ngamma\n");
        quire.editPage(tenant, page.id(), 1, "Spec", "alpha\nBETA\ngamma\ndelta\n");

        JsonNode diff = quire.get(tenant, "/api/v1/pages/" + page.id() + "/diff?from=1&to=2")
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(diff.get("diff").asText()).isEqualTo("""
                --- v1
                +++ v2
                @@ -1,3 +1,4 @@
                 alpha
                -beta
                +BETA
                 gamma
                +delta
                """);
        quire.get(tenant, "/api/v1/pages/" + page.id() + "/diff?from=1&to=9").expectStatus().isNotFound();
        quire.get(tenant, "/api/v1/pages/" + page.id() + "/diff?from=x&to=2").expectStatus().isBadRequest();
    }

    @Test
    void notebookListsLeaveArchivedPagesOutUnlessAsked() {
        Tenant tenant = quire.registerTenant("Archive AB");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created kept = quire.createPage(tenant, notebook.id(), "Kept", "");
        Created gone = quire.createPage(tenant, notebook.id(), "Gone", "");
        Created archived = acknowledged(quire.post(tenant, "/api/v1/pages/" + gone.id() + "/archive", Map.of()));

        JsonNode active = quire.read(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages", archived);
        assertThat(ids(active)).containsExactly(kept.id());
        JsonNode all = quire.read(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages?archived=true", archived);
        assertThat(ids(all)).containsExactly(kept.id(), gone.id());
    }

    @Test
    void listsArePaginatedWithAnOpaqueCursor() {
        Tenant tenant = quire.registerTenant("Paging Oy");
        Created last = null;
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            last = quire.createWorkspace(tenant, "W" + i);
            created.add(last.id());
        }
        List<String> seen = new ArrayList<>();
        JsonNode page = quire.read(tenant, "/api/v1/workspaces?limit=2", last);
        seen.addAll(ids(page));
        while (!page.get("nextCursor").isNull()) {
            page = quire.read(tenant, "/api/v1/workspaces?limit=2&cursor=" + page.get("nextCursor").asText(), last);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            seen.addAll(ids(page));
        }
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void notebooksCanBeRenamedUnderIfMatchArchivedAndRestored() {
        Tenant tenant = quire.registerTenant("Notebook Co");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "Old");

        Created renamed = acknowledged(web.patch().uri("/api/v1/notebooks/" + notebook.id())
                .header("X-Api-Key", tenant.apiKey()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "New")).exchange());
        assertThat(quire.read(tenant, "/api/v1/notebooks/" + notebook.id(), renamed).get("title").asText())
                .isEqualTo("New");

        Created archived = acknowledged(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/archive", Map.of()));
        assertThat(quire.read(tenant, "/api/v1/notebooks/" + notebook.id(), archived).get("archived").asBoolean())
                .isTrue();
        quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/pages", Map.of("title", "t"))
                .expectStatus().isEqualTo(409);
        JsonNode listed = quire.read(tenant, "/api/v1/workspaces/" + workspace.id() + "/notebooks", archived);
        assertThat(ids(listed)).isEmpty();

        Created restored = acknowledged(quire.post(tenant, "/api/v1/notebooks/" + notebook.id() + "/restore", Map.of()));
        assertThat(ids(quire.read(tenant, "/api/v1/workspaces/" + workspace.id() + "/notebooks", restored)))
                .containsExactly(notebook.id());
    }

    @Test
    void workspacesCanBeRenamedUnderIfMatchAndArchived() {
        Tenant tenant = quire.registerTenant("Workspace Co");
        Created workspace = quire.createWorkspace(tenant, "Draft name");

        Created renamed = acknowledged(web.patch().uri("/api/v1/workspaces/" + workspace.id())
                .header("X-Api-Key", tenant.apiKey()).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Final name")).exchange());
        assertThat(renamed.version()).isEqualTo(2);
        JsonNode detail = quire.read(tenant, "/api/v1/workspaces/" + workspace.id(), renamed);
        assertThat(detail.get("name").asText()).isEqualTo("Final name");

        Created archived = acknowledged(quire.post(tenant, "/api/v1/workspaces/" + workspace.id() + "/archive",
                Map.of()));
        assertThat(quire.read(tenant, "/api/v1/workspaces/" + workspace.id(), archived).get("archived").asBoolean())
                .isTrue();
        assertThat(ids(quire.read(tenant, "/api/v1/workspaces", archived))).doesNotContain(workspace.id());
        assertThat(ids(quire.read(tenant, "/api/v1/workspaces?archived=true", archived))).contains(workspace.id());
        quire.post(tenant, "/api/v1/workspaces/" + workspace.id() + "/notebooks", Map.of("title", "late"))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void unicodeRoundTripsByteForByte() {
        Tenant tenant = quire.registerTenant("Unicode");
        String title = "Ünïcödé 👩‍🔬 שלום عربى";
        String body = "e\u0301 combining, 🇸🇪 flag, RTL: \u202Bمرحبا\u202C, CJK 漢字\n";
        Created page = newPage(tenant, title, body);

        byte[] raw = quire.get(tenant, "/api/v1/pages/" + page.id() + "?consistency=" + page.consistency())
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        String json = new String(raw, StandardCharsets.UTF_8);
        assertThat(json).contains(title);
        JsonNode detail = quire.read(tenant, "/api/v1/pages/" + page.id(), page);
        assertThat(detail.get("title").asText()).isEqualTo(title);
        assertThat(detail.get("body").asText()).isEqualTo(body);
    }

    private Created newPage(Tenant tenant, String title, String body) {
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        return quire.createPage(tenant, notebook.id(), title, body);
    }

}
