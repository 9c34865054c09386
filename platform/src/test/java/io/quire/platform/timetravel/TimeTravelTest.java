package io.quire.platform.timetravel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.acknowledged;
import static io.quire.platform.support.Quire.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Pages, notebooks, decisions and whole workspaces as they were at any moment, rebuilt from the event store. */
class TimeTravelTest extends ApiTest {

    @Test
    void aPageAsOfAnInstantIsTheVersionItHadThen() {
        Tenant tenant = quire.registerTenant("Time travel pages");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "Draft", "first");
        quire.editPage(tenant, page.id(), 1, "Draft", "second");
        Created latest = quire.editPage(tenant, page.id(), 2, "Final", "third");
        List<Instant> versions = eventTimes(tenant, "/api/v1/pages/" + page.id() + "/events");
        assertThat(versions).hasSize(3).isSorted().doesNotHaveDuplicates();

        problem(asOf(tenant, "/api/v1/pages/" + page.id(), versions.get(0).minusMillis(1)), 404);
        assertThat(readAsOf(tenant, "/api/v1/pages/" + page.id(), versions.get(0)).get("body").asText())
                .isEqualTo("first");
        JsonNode between = readAsOf(tenant, "/api/v1/pages/" + page.id(),
                versions.get(1).plusMillis((versions.get(2).toEpochMilli() - versions.get(1).toEpochMilli()) / 2));
        assertThat(between.get("version").asLong()).isEqualTo(2);
        assertThat(between.get("body").asText()).isEqualTo("second");
        assertThat(between.get("updatedAt").asText()).isEqualTo(versions.get(1).toString());

        Instant later = versions.get(2).plusSeconds(3600);
        JsonNode now = readAsOf(tenant, "/api/v1/pages/" + page.id(), later);
        assertThat(now.get("asOf").asText()).isEqualTo(later.toString());
        assertThat(withoutAsOf(now)).isEqualTo(quire.read(tenant, "/api/v1/pages/" + page.id(), latest));
    }

    @Test
    void notebooksAndDecisionsTravelToo() {
        Tenant author = quire.registerTenant("Time travel decisions");
        Tenant reviewer = quire.issueApiKey(author, "reviewer");
        Created workspace = quire.createWorkspace(author, "W");
        Created notebook = quire.createNotebook(author, workspace.id(), "Old title");
        Created renamed = acknowledged(web.patch().uri("/api/v1/notebooks/" + notebook.id())
                .header("X-Api-Key", author.apiKey()).header("If-Match", "\"1\"")
                .bodyValue(Map.of("title", "New title")).exchange());
        Created decision = created(quire.post(author, "/api/v1/workspaces/" + workspace.id() + "/decisions",
                Map.of("title", "Use Markdown", "options", List.of("Markdown", "PDF"), "chosenOption", "Markdown",
                        "approvers", List.of(reviewer.principal()))));
        Created approved = acknowledged(quire.post(reviewer, "/api/v1/decisions/" + decision.id() + "/approve",
                Map.of()));

        List<Instant> notebookTimes = eventTimes(author, "/api/v1/notebooks/" + notebook.id() + "/events");
        assertThat(readAsOf(author, "/api/v1/notebooks/" + notebook.id(), notebookTimes.get(0)).get("title")
                .asText()).isEqualTo("Old title");
        assertThat(withoutAsOf(readAsOf(author, "/api/v1/notebooks/" + notebook.id(), Instant.now().plusSeconds(60))))
                .isEqualTo(quire.read(author, "/api/v1/notebooks/" + notebook.id(), renamed));

        List<Instant> decisionTimes = eventTimes(author, "/api/v1/decisions/" + decision.id() + "/events");
        JsonNode proposed = readAsOf(author, "/api/v1/decisions/" + decision.id(), decisionTimes.get(0));
        assertThat(proposed.get("status").asText()).isEqualTo("proposed");
        assertThat(proposed.get("votes")).isEmpty();
        assertThat(withoutAsOf(readAsOf(author, "/api/v1/decisions/" + decision.id(), Instant.now().plusSeconds(60))))
                .isEqualTo(quire.read(author, "/api/v1/decisions/" + decision.id(), approved));
        problem(asOf(author, "/api/v1/decisions/" + decision.id(), decisionTimes.get(0).minusMillis(1)), 404);
    }

    @Test
    void aWorkspaceSnapshotShowsTheTreeAsItStood() {
        Tenant tenant = quire.registerTenant("Time travel snapshots");
        Created workspace = quire.createWorkspace(tenant, "Research");
        Created elsewhere = quire.createWorkspace(tenant, "Elsewhere");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "Lab notes");
        Created first = quire.createPage(tenant, notebook.id(), "First", "1");
        quire.createNotebook(tenant, elsewhere.id(), "Not in Research");
        Instant early = eventTimes(tenant, "/api/v1/pages/" + first.id() + "/events").get(0);
        Created second = quire.createPage(tenant, notebook.id(), "Second", "2");
        quire.editPage(tenant, first.id(), 1, "First, edited", "1b");
        acknowledged(web.patch().uri("/api/v1/notebooks/" + notebook.id()).header("X-Api-Key", tenant.apiKey())
                .header("If-Match", "\"1\"").bodyValue(Map.of("title", "Lab book")).exchange());
        Created decision = created(quire.post(tenant, "/api/v1/workspaces/" + workspace.id() + "/decisions",
                Map.of("title", "Keep notes", "options", List.of("Yes", "No"), "chosenOption", "Yes",
                        "approvers", List.of(tenant.principal()))));

        JsonNode then = snapshot(tenant, workspace.id(), early);
        assertThat(then.get("asOf").asText()).isEqualTo(early.toString());
        assertThat(then.get("workspace").get("name").asText()).isEqualTo("Research");
        assertThat(then.get("notebooks")).hasSize(1);
        assertThat(then.get("notebooks").get(0).get("title").asText()).isEqualTo("Lab notes");
        assertThat(titles(then.get("notebooks").get(0).get("pages"))).containsExactly("First");
        assertThat(then.get("decisions")).isEmpty();

        JsonNode now = snapshot(tenant, workspace.id(), Instant.now().plusSeconds(60));
        JsonNode notes = now.get("notebooks").get(0);
        assertThat(now.get("notebooks")).hasSize(1);
        assertThat(notes.get("title").asText()).isEqualTo("Lab book");
        assertThat(notes.get("version").asLong()).isEqualTo(2);
        assertThat(titles(notes.get("pages"))).containsExactly("First, edited", "Second");
        assertThat(notes.get("pages").get(0).get("version").asLong()).isEqualTo(2);
        assertThat(notes.get("pages").get(1).get("pageId").asText()).isEqualTo(second.id());
        assertThat(now.get("decisions").get(0).get("decisionId").asText()).isEqualTo(decision.id());
        assertThat(now.get("decisions").get(0).get("status").asText()).isEqualTo("proposed");

        Instant created = eventTimes(tenant, "/api/v1/audit?aggregate=" + workspace.id()).get(0);
        problem(quire.get(tenant, "/api/v1/workspaces/" + workspace.id() + "/snapshot?asOf=" + created.minusMillis(1)),
                404);
    }

    @Test
    void otherTenantsAndBadInstantsGetProblems() {
        Tenant alice = quire.registerTenant("Time travel owner");
        Tenant bob = quire.registerTenant("Time travel stranger");
        Created workspace = quire.createWorkspace(alice, "W");
        Created notebook = quire.createNotebook(alice, workspace.id(), "N");
        Created page = quire.createPage(alice, notebook.id(), "P", "secret");
        Instant later = Instant.now().plusSeconds(60);
        String unknown = "00000000-0000-0000-0000-000000000001";

        for (String path : List.of("/api/v1/pages/", "/api/v1/notebooks/", "/api/v1/decisions/")) {
            problem(asOf(bob, path + page.id(), later), 404);
        }
        JsonNode foreign = problem(asOf(bob, "/api/v1/pages/" + page.id(), later), 404);
        JsonNode missing = problem(asOf(bob, "/api/v1/pages/" + unknown, later), 404);
        assertThat(foreign.get("detail").asText().replace(page.id(), "ID"))
                .isEqualTo(missing.get("detail").asText().replace(unknown, "ID"));
        problem(quire.get(bob, "/api/v1/workspaces/" + workspace.id() + "/snapshot?asOf=" + later), 404);
        problem(asOf(alice, "/api/v1/notebooks/" + page.id(), later), 404);

        for (String bad : List.of("yesterday", "", "2024-02-30T00:00:00Z")) {
            JsonNode problem = problem(quire.get(alice, "/api/v1/pages/" + page.id() + "?asOf=" + bad), 400);
            assertThat(problem.get("field").asText()).isEqualTo("asOf");
        }
        problem(quire.get(alice, "/api/v1/workspaces/" + workspace.id() + "/snapshot?asOf=soon"), 400);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec asOf(Tenant tenant, String path,
                                                                                         Instant instant) {
        return quire.get(tenant, path + "?asOf=" + instant);
    }

    private JsonNode readAsOf(Tenant tenant, String path, Instant instant) {
        return asOf(tenant, path, instant).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private JsonNode snapshot(Tenant tenant, String workspaceId, Instant instant) {
        return readAsOf(tenant, "/api/v1/workspaces/" + workspaceId + "/snapshot", instant);
    }

    /** The times of the events an audit list names, oldest first. */
    private List<Instant> eventTimes(Tenant tenant, String path) {
        JsonNode page = quire.get(tenant, path + (path.contains("?") ? "&" : "?") + "limit=200").expectStatus()
                .isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<Instant> times = new ArrayList<>();
        page.get("items").forEach(item -> times.add(Instant.parse(item.get("at").asText())));
        return times;
    }

    private static JsonNode withoutAsOf(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private static List<String> titles(JsonNode pages) {
        List<String> titles = new ArrayList<>();
        pages.forEach(page -> titles.add(page.get("title").asText()));
        return titles;
    }
}
