package io.quire.platform.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.quire.platform.support.Quire.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluations judge a projection by replaying it into a schema of its own and comparing with the live model: the
 * unchanged projection agrees with the live tables, and a deliberately changed candidate shows exactly its changes.
 */
class EvaluationTest extends ApiTest {

    private Tenant tenant;
    private Created alpha;
    private Created gamma;

    @BeforeEach
    void pages() {
        tenant = quire.registerTenant("Evaluated");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        alpha = quire.createPage(tenant, notebook.id(), "alpha", "first");
        quire.createPage(tenant, notebook.id(), "BETA", "second");
        gamma = quire.createPage(tenant, notebook.id(), "gamma", "third");
        Created archived = acknowledged(quire.post(tenant, "/api/v1/pages/" + gamma.id() + "/archive", Map.of()));
        quire.read(tenant, "/api/v1/pages/" + gamma.id(), archived);
    }

    @Test
    void theUnchangedProjectionAgreesWithTheLiveModel() {
        JsonNode report = finished(evaluate(Map.of("projection", "pages", "tenant", tenant.id())));
        assertThat(report.get("equal").asBoolean()).isTrue();
        assertThat(report.get("baseline").asText()).isEqualTo("live");
        JsonNode table = report.get("tables").get(0);
        assertThat(table.get("table").asText()).isEqualTo("page_view");
        assertThat(counts(table)).containsExactly(3L, 3L, 0L, 0L, 0L);
    }

    @Test
    void theUnchangedProjectionAgreesWithTheLiveModelForEveryTenant() {
        JsonNode report = finished(evaluate(Map.of("projection", "decisions")));
        assertThat(report.get("tables")).hasSize(3);
        assertThat(report.get("equal").asBoolean()).as("report %s", report).isTrue();
        JsonNode pages = finished(evaluate(Map.of("projection", "pages")));
        assertThat(pages.get("equal").asBoolean()).as("report %s", pages).isTrue();
    }

    @Test
    void everyReplayableProjectionAgreesWithItsLiveModel() {
        JsonNode projections = quire.adminRead("/api/v1/admin/projections").get("items");
        int judged = 0;
        for (JsonNode projection : projections) {
            if (!projection.get("replayable").asBoolean()) {
                continue;
            }
            String name = projection.get("name").asText();
            JsonNode report = finished(evaluate(Map.of("projection", name, "tenant", tenant.id())));
            assertThat(report.get("equal").asBoolean()).as("%s: %s", name, report).isTrue();
            judged++;
        }
        assertThat(judged).as("replayable projections judged").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aChangedCandidateShowsExactlyWhatItChanges() {
        JsonNode report = finished(evaluate(Map.of("projection", "pages@shouting", "tenant", tenant.id())));
        assertThat(report.get("equal").asBoolean()).isFalse();
        JsonNode table = report.get("tables").get(0);
        assertThat(counts(table)).containsExactly(3L, 2L, 1L, 0L, 1L);
        JsonNode examples = table.get("examples");
        assertThat(examples.get("missing")).hasSize(1);
        assertThat(examples.get("missing").get(0).get("page_id").asText()).isEqualTo(gamma.id());
        assertThat(examples.get("missing").get(0).get("archived").asBoolean()).isTrue();
        assertThat(examples.get("extra")).isEmpty();
        JsonNode different = examples.get("different").get(0);
        assertThat(different.get("key").get("page_id").asText()).isEqualTo(alpha.id());
        assertThat(different.get("live").get("title").asText()).isEqualTo("alpha");
        assertThat(different.get("replayed").get("title").asText()).isEqualTo("ALPHA");
    }

    @Test
    void upToComparesWithTheLiveCodeReplayedToTheSamePoint() {
        Map<String, String> request = new HashMap<>(Map.of("projection", "pages@shouting", "tenant", tenant.id()));
        request.put("upTo", gamma.consistency());
        JsonNode report = finished(evaluate(request));
        assertThat(report.get("baseline").asText()).isEqualTo("replay");
        assertThat(report.get("position").asText()).isEqualTo(gamma.consistency());
        // Before gamma was archived the candidate still has it, with its title upper-cased like alpha's.
        JsonNode table = report.get("tables").get(0);
        assertThat(counts(table)).containsExactly(3L, 3L, 0L, 0L, 2L);
        assertThat(table.get("examples").get("different").findValues("key").stream()
                .map(key -> key.get("page_id").asText()).toList()).containsExactlyInAnyOrder(alpha.id(), gamma.id());
    }

    @Test
    void upToAnInstantReplaysWhatWasStoredByThen() {
        Map<String, String> later = Map.of("projection", "pages@shouting", "tenant", tenant.id(),
                "upTo", "2999-01-01T00:00:00Z");
        assertThat(counts(finished(evaluate(later)).get("tables").get(0))).containsExactly(3L, 2L, 1L, 0L, 1L);
        Map<String, String> before = Map.of("projection", "pages@shouting", "tenant", tenant.id(),
                "upTo", "2000-01-01T00:00:00Z");
        JsonNode nothing = finished(evaluate(before));
        assertThat(nothing.get("position").asLong()).isZero();
        assertThat(nothing.get("equal").asBoolean()).isTrue();
        assertThat(counts(nothing.get("tables").get(0))).containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void badRequestsAnswerProblems() {
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "no-such-group")), 404);
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "pages@no-such-candidate")), 404);
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "invoicing")), 409);
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "pages", "upTo", "yesterday")), 400);
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "pages", "upTo", "-3")), 400);
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("projection", "pages", "tenant", "acme")), 400);
        problem(quire.adminPost("/api/v1/admin/evaluations", Map.of("tenant", tenant.id())), 400);
        problem(quire.adminGet("/api/v1/admin/evaluations/" + java.util.UUID.randomUUID()), 404);
        problem(quire.adminGet("/api/v1/admin/evaluations/not-an-id"), 404);
    }

    @Test
    void evaluationsAreKeptAndListedNewestFirst() {
        String id = evaluate(Map.of("projection", "pages", "tenant", tenant.id()));
        finished(id);
        JsonNode list = quire.adminRead("/api/v1/admin/evaluations?limit=1");
        assertThat(list.get("items").get(0).get("evaluationId").asText()).isEqualTo(id);
        assertThat(list.get("items").get(0).get("tenant").asText()).isEqualTo(tenant.id());
        assertThat(list.get("nextCursor").isNull()).isFalse();
        JsonNode next = quire.adminRead("/api/v1/admin/evaluations?limit=1&cursor=" + list.get("nextCursor").asText());
        assertThat(next.get("items").get(0).get("evaluationId").asText()).isNotEqualTo(id);
    }

    private String evaluate(Map<String, String> request) {
        EntityExchangeResult<JsonNode> started = quire.adminPost("/api/v1/admin/evaluations", request)
                .expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult();
        JsonNode body = started.getResponseBody();
        assertThat(body.get("status").asText()).isEqualTo("running");
        String id = body.get("evaluationId").asText();
        assertThat(started.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/admin/evaluations/" + id);
        return id;
    }

    /** Waits for the evaluation to be done and answers its report. */
    private JsonNode finished(String id) {
        JsonNode evaluation = Eventually.until(Duration.ofSeconds(60),
                () -> quire.adminRead("/api/v1/admin/evaluations/" + id),
                view -> !view.get("status").asText().equals("running"));
        assertThat(evaluation.get("status").asText()).as("evaluation %s", evaluation).isEqualTo("done");
        assertThat(evaluation.get("progress").get("percent").asDouble()).isEqualTo(100.0);
        return evaluation.get("report");
    }

    /** liveRows, replayedRows, missing, extra, different. */
    private static long[] counts(JsonNode table) {
        return new long[]{table.get("liveRows").asLong(), table.get("replayedRows").asLong(),
                table.get("missing").asLong(), table.get("extra").asLong(), table.get("different").asLong()};
    }

    private static JsonNode problem(WebTestClient.ResponseSpec response, int status) {
        JsonNode problem = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }
}
