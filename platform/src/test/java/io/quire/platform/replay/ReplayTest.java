package io.quire.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.probe.ReplayProbeNotifier;
import io.quire.platform.support.probe.ReplayProbeProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.quire.platform.support.Quire.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;

/** Replays in place: the rebuilt model equals the old one, and handlers that act on the world stay silent. */
class ReplayTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReplayProbeProjection probe;
    @Autowired
    ReplayProbeNotifier notifier;

    Projections projections;

    @BeforeEach
    void projections() {
        projections = new Projections(quire);
    }

    @Test
    void listsEveryStreamingGroupWithItsTablesAndWhetherItMayBeReplayed() {
        JsonNode pages = projections.view("pages");
        assertThat(pages.get("status").asText()).isEqualTo("running");
        assertThat(pages.get("tables").toString()).isEqualTo("[\"page_view\"]");
        assertThat(pages.get("replayable").asBoolean()).isTrue();
        assertThat(pages.get("head").asLong()).isGreaterThanOrEqualTo(pages.get("position").asLong());
        assertThat(projections.view("decisions").get("tables").toString())
                .isEqualTo("[\"decision_view\",\"decision_vote\",\"decision_page_link\"]");
        assertThat(projections.view("billing").get("tables").toString())
                .contains("billing_account_view").contains("invoice_view");
        assertThat(projections.view("invoicing").get("replayable").asBoolean()).isFalse();
        assertThat(projections.view("plan-change-saga").get("refusal").asText()).contains("saga");
    }

    @Test
    void replayingPagesRebuildsAnIdenticalTable() {
        Tenant tenant = quire.registerTenant("Replay pages");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created last = null;
        List<Created> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pages.add(quire.createPage(tenant, notebook.id(), "Page " + i, "body " + i));
        }
        for (int i = 0; i < 6; i++) {
            last = quire.editPage(tenant, pages.get(i).id(), 1, "Edited " + i, "new body " + i);
        }
        last = acknowledged(quire.post(tenant, "/api/v1/pages/" + pages.get(7).id() + "/archive", Map.of()));
        quire.read(tenant, "/api/v1/pages/" + pages.get(7).id(), last);
        String before = pageViewHash();
        // A row the events do not explain; a real replay throws it away.
        jdbc.update("UPDATE page_view SET title = 'tampered' WHERE page_id = ?::uuid", pages.get(0).id());
        assertThat(pageViewHash()).isNotEqualTo(before);
        long head = projections.head();

        quire.adminPost("/api/v1/admin/projections/pages/replay").expectStatus().isAccepted()
                .expectBody().jsonPath("$.name").isEqualTo("pages").jsonPath("$.status").isEqualTo("replaying");
        projections.settled("pages", head);

        assertThat(pageViewHash()).isEqualTo(before);
        assertThat(quire.read(tenant, "/api/v1/pages/" + pages.get(0).id(), last).get("title").asText())
                .isEqualTo("Edited 0");
    }

    @Test
    void aReplayNeverFiresAHandlerThatDisallowsReplays() {
        Tenant tenant = quire.registerTenant("Replay probe");
        List<Created> workspaces = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            workspaces.add(quire.createWorkspace(tenant, "Probe " + i));
        }
        Eventually.holds("the probe and the notifier saw every workspace", Duration.ofSeconds(10),
                () -> workspaces.stream().allMatch(w -> probe.holds(w.id()) && notifier.noticesFor(w.id()) == 1));
        long head = projections.head();

        quire.adminPost("/api/v1/admin/projections/replay-probe/replay").expectStatus().isAccepted();
        projections.settled(ReplayProbeProjection.PROCESSING_GROUP, head);

        assertThat(workspaces).allMatch(w -> probe.holds(w.id()));
        assertThat(workspaces).allMatch(w -> notifier.noticesFor(w.id()) == 1);
        Created after = quire.createWorkspace(tenant, "After the replay");
        Eventually.holds("the notifier acts on new events again", Duration.ofSeconds(10),
                () -> notifier.noticesFor(after.id()) == 1 && probe.holds(after.id()));
    }

    @Test
    void aGroupIsReplayedOrRebuiltOnlyOnceAtATime() {
        quire.createWorkspace(quire.registerTenant("Held replay"), "Held");
        long head = projections.head();
        probe.holdReplays();
        try {
            quire.adminPost("/api/v1/admin/projections/replay-probe/replay").expectStatus().isAccepted();
            assertThat(projections.view(ReplayProbeProjection.PROCESSING_GROUP).get("status").asText())
                    .isEqualTo("replaying");
            problem(quire.adminPost("/api/v1/admin/projections/replay-probe/replay"), 409);
            problem(quire.adminPost("/api/v1/admin/projections/replay-probe/rebuild"), 409);
        } finally {
            probe.release();
        }
        projections.settled(ReplayProbeProjection.PROCESSING_GROUP, head);
    }

    @Test
    void refusesUnknownGroupsAndGroupsThatActOnTheWorld() {
        problem(quire.adminPost("/api/v1/admin/projections/no-such-group/replay"), 404);
        problem(quire.adminPost("/api/v1/admin/projections/no-such-group/rebuild"), 404);
        JsonNode invoicing = problem(quire.adminPost("/api/v1/admin/projections/invoicing/replay"), 409);
        assertThat(invoicing.get("detail").asText()).contains("@DisallowReplay");
        problem(quire.adminPost("/api/v1/admin/projections/plan-change-saga/replay"), 409);
        problem(quire.adminPost("/api/v1/admin/projections/tenant-directory/rebuild"), 409);
        assertThat(projections.view("invoicing").get("status").asText()).isEqualTo("running");
    }

    @Test
    void progressIsStreamedAsServerSentEvents() {
        Flux<ServerSentEvent<JsonNode>> stream = web.get().uri("/api/v1/admin/projections/progress")
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(new org.springframework.core.ParameterizedTypeReference<ServerSentEvent<JsonNode>>() {
                })
                .getResponseBody();
        List<ServerSentEvent<JsonNode>> first = stream.filter(event -> "progress".equals(event.event()))
                .take(3).collectList().block(Duration.ofSeconds(10));
        assertThat(first).hasSize(3);
        assertThat(first).allSatisfy(event -> {
            assertThat(event.data().has("name")).isTrue();
            assertThat(event.data().has("percent")).isTrue();
        });
    }

    private JsonNode problem(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
                             int status) {
        JsonNode problem = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private String pageViewHash() {
        return jdbc.queryForObject(
                "SELECT md5(coalesce(string_agg(p::text, '|' ORDER BY page_id), '')) FROM page_view p", String.class);
    }
}
