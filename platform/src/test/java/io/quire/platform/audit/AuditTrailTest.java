package io.quire.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.acknowledged;
import static io.quire.platform.support.Quire.created;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail reads the event store: every change once, in order, with who did it and why, per tenant. */
class AuditTrailTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCommandAppearsOnceInOrderWithItsPrincipalAndCorrelation() {
        Tenant tenant = quire.registerTenant("Audited history");
        Created workspace = created(web.post().uri("/api/v1/workspaces").header("X-Api-Key", tenant.apiKey())
                .header("X-Correlation-Id", "onboarding-7").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Research")).exchange());
        Created notebook = quire.createNotebook(tenant, workspace.id(), "Lab notes");
        Created page = quire.createPage(tenant, notebook.id(), "Roadmap", "v1");
        quire.editPage(tenant, page.id(), 1, "Roadmap", "v2");
        quire.editPage(tenant, page.id(), 2, "Roadmap 2025", "v3");
        acknowledged(quire.post(tenant, "/api/v1/pages/" + page.id() + "/archive", Map.of()));

        List<JsonNode> trail = AuditReads.all(quire, tenant, "/api/v1/audit", 200);
        List<JsonNode> ours = trail.stream().filter(entry -> List.of(workspace.id(), notebook.id(), page.id())
                .contains(entry.path("aggregateId").asText())).toList();

        assertThat(ours).extracting(entry -> entry.get("type").asText()).containsExactly(
                "WorkspaceCreated", "NotebookCreated", "PageCreated", "PageEdited", "PageEdited", "PageArchived");
        assertThat(trail).extracting(entry -> entry.get("position").asLong()).isSorted().doesNotHaveDuplicates();
        assertThat(trail).extracting(entry -> entry.get("type").asText())
                .contains("TenantRegistered", "ApiKeyIssued", "BillingAccountOpened");
        assertThat(ours).allSatisfy(entry -> {
            assertThat(entry.get("principal").asText()).isEqualTo(tenant.principal());
            assertThat(entry.get("correlationId").asText()).isNotBlank();
            assertThat(entry.get("causationId").asText()).isNotBlank();
            assertThat(entry.get("at").asText()).isNotBlank();
        });
        JsonNode created = ours.get(0);
        assertThat(created.get("correlationId").asText()).isEqualTo("onboarding-7");
        assertThat(created.get("aggregateType").asText()).isEqualTo("Workspace");
        assertThat(created.get("version").asLong()).isEqualTo(1);
        JsonNode secondEdit = ours.get(4);
        assertThat(secondEdit.get("version").asLong()).isEqualTo(3);
        assertThat(secondEdit.get("summary").asText())
                .isEqualTo("Page 'Roadmap 2025' edited to version 3 by " + tenant.principal());
        assertThat(ours.stream().map(entry -> entry.get("causationId").asText()).distinct()).hasSize(ours.size());
    }

    @Test
    void filtersNarrowTheTrailAndCursorsPageThroughItInOrder() {
        Tenant tenant = quire.registerTenant("Filtered history");
        Tenant colleague = quire.issueApiKey(tenant, "colleague");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "P", "1");
        quire.editPage(colleague, page.id(), 1, "P", "2");
        quire.editPage(tenant, page.id(), 2, "P", "3");

        List<JsonNode> everything = AuditReads.all(quire, tenant, "/api/v1/audit", 200);
        List<JsonNode> inPairs = AuditReads.all(quire, tenant, "/api/v1/audit", 2);
        assertThat(inPairs).extracting(entry -> entry.get("position").asLong())
                .containsExactlyElementsOf(everything.stream().map(entry -> entry.get("position").asLong()).toList());

        assertThat(AuditReads.all(quire, tenant, "/api/v1/audit?type=PageEdited", 200))
                .extracting(entry -> entry.get("version").asLong()).containsExactly(2L, 3L);
        assertThat(AuditReads.all(quire, tenant, "/api/v1/audit?aggregate=" + page.id(), 200))
                .extracting(entry -> entry.get("type").asText())
                .containsExactly("PageCreated", "PageEdited", "PageEdited");
        assertThat(AuditReads.all(quire, tenant, "/api/v1/audit?user=" + colleague.principal(), 200))
                .extracting(entry -> entry.get("type").asText()).containsExactly("PageEdited");

        JsonNode notebookCreated = everything.stream()
                .filter(entry -> entry.get("type").asText().equals("NotebookCreated")).findFirst().orElseThrow();
        JsonNode lastEdit = everything.get(everything.size() - 1);
        String window = "/api/v1/audit?from=" + notebookCreated.get("at").asText() + "&to=" + lastEdit.get("at")
                .asText();
        assertThat(AuditReads.all(quire, tenant, window, 200))
                .extracting(entry -> entry.get("type").asText())
                .startsWith("NotebookCreated").doesNotContain("WorkspaceCreated");
        assertThat(AuditReads.all(quire, tenant, window, 200))
                .extracting(entry -> entry.get("position").asLong())
                .doesNotContain(lastEdit.get("position").asLong());
    }

    @Test
    void exportStreamsTheWholeTrailAsNdjsonInOrder() throws Exception {
        Tenant tenant = quire.registerTenant("Exported history");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "P", "1");
        for (long version = 1; version < 12; version++) {
            quire.editPage(tenant, page.id(), version, "P", "body " + version);
        }

        List<JsonNode> listed = AuditReads.all(quire, tenant, "/api/v1/audit", 5);
        String body = web.get().uri("/api/v1/audit/export").header("X-Api-Key", tenant.apiKey()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
                .expectBody(String.class).returnResult().getResponseBody();
        List<JsonNode> exported = new ArrayList<>();
        for (String line : body.split("\n")) {
            exported.add(JSON.readTree(line));
        }

        assertThat(exported).hasSize(listed.size());
        assertThat(exported).extracting(JsonNode::toString)
                .containsExactlyElementsOf(listed.stream().map(JsonNode::toString).toList());
        assertThat(exported.stream().filter(entry -> entry.get("type").asText().equals("PageEdited"))).hasSize(11);
    }

    @Test
    void anAggregatesOwnStreamListsItsVersionsAndIsHiddenFromOtherTenants() {
        Tenant alice = quire.registerTenant("Stream owner");
        Tenant bob = quire.registerTenant("Stream stranger");
        Created workspace = quire.createWorkspace(alice, "W");
        Created notebook = quire.createNotebook(alice, workspace.id(), "N");
        Created page = quire.createPage(alice, notebook.id(), "P", "1");
        quire.editPage(alice, page.id(), 1, "P", "2");

        assertThat(AuditReads.all(quire, alice, "/api/v1/pages/" + page.id() + "/events", 1))
                .extracting(entry -> entry.get("version").asLong()).containsExactly(1L, 2L);
        assertThat(AuditReads.all(quire, alice, "/api/v1/notebooks/" + notebook.id() + "/events", 50))
                .extracting(entry -> entry.get("type").asText()).containsExactly("NotebookCreated");

        JsonNode foreign = problem(quire.get(bob, "/api/v1/pages/" + page.id() + "/events"), 404);
        JsonNode unknown = problem(quire.get(bob, "/api/v1/pages/00000000-0000-0000-0000-000000000001/events"),
                404);
        assertThat(foreign.get("detail").asText().replace(page.id(), "ID"))
                .isEqualTo(unknown.get("detail").asText().replace("00000000-0000-0000-0000-000000000001", "ID"));
        problem(quire.get(alice, "/api/v1/decisions/" + page.id() + "/events"), 404);
        problem(quire.get(alice, "/api/v1/notebooks/not-a-uuid/events"), 404);
        assertThat(AuditReads.all(quire, bob, "/api/v1/audit", 200))
                .noneMatch(entry -> List.of(workspace.id(), notebook.id(), page.id())
                        .contains(entry.path("aggregateId").asText()));
        assertThat(AuditReads.all(quire, bob, "/api/v1/audit?aggregate=" + page.id(), 200)).isEmpty();
        String bobsExport = web.get().uri("/api/v1/audit/export").header("X-Api-Key", bob.apiKey()).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(bobsExport).contains(bob.principal()).doesNotContain(workspace.id(), notebook.id(), page.id());
    }

    @Test
    void badFiltersAnswer400ProblemsNamingTheParameter() {
        Tenant tenant = quire.registerTenant("Bad filters");
        Map<String, String> badQueries = Map.of(
                "from=yesterday", "from",
                "to=2024-13-01T00:00:00Z", "to",
                "from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z", "from",
                "limit=201", "limit",
                "limit=0", "limit",
                "cursor=forged", "cursor",
                "type=Page-Edited", "type",
                "user=", "user");
        badQueries.forEach((query, field) -> {
            JsonNode problem = problem(quire.get(tenant, "/api/v1/audit?" + query), 400);
            assertThat(problem.get("field").asText()).as(query).isEqualTo(field);
        });
        problem(web.get().uri("/api/v1/audit/export?from=never").header("X-Api-Key", tenant.apiKey())
                .accept(MediaType.APPLICATION_NDJSON).exchange(), 400);
    }
}
