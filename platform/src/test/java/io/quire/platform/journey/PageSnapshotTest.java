package io.quire.platform.journey;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page with a long history is loaded from a snapshot (the tests snapshot every 5 events), and nothing a client
 * sees changes: edits still check the version, and the whole history, every past version and diffs stay there.
 */
class PageSnapshotTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageLoadedFromASnapshotKeepsItsVersionsAndHistory() {
        Tenant tenant = quire.registerTenant("Snapshots");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "Long history", "version 1");
        for (long version = 1; version < 12; version++) {
            page = quire.editPage(tenant, page.id(), version, "Long history", "version " + (version + 1));
        }
        assertThat(page.version()).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, page.id())).as("snapshots of the page").isPositive();

        problem(web.put().uri("/api/v1/pages/" + page.id()).header("X-Api-Key", tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"11\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("body", "stale")).exchange(), 409);
        Created latest = quire.editPage(tenant, page.id(), 12, "Long history", "version 13");
        assertThat(latest.version()).isEqualTo(13);

        JsonNode current = quire.read(tenant, "/api/v1/pages/" + page.id(), latest);
        assertThat(current.get("body").asText()).isEqualTo("version 13");
        JsonNode history = quire.read(tenant, "/api/v1/pages/" + page.id() + "/versions", latest);
        assertThat(history.get("items")).hasSize(13);
        assertThat(body(tenant, "/api/v1/pages/" + page.id() + "/versions/1").get("body").asText())
                .isEqualTo("version 1");
        assertThat(body(tenant, "/api/v1/pages/" + page.id() + "/diff?from=1&to=13").get("diff").asText())
                .contains("-version 1").contains("+version 13");
    }

    private JsonNode body(Tenant tenant, String path) {
        return quire.get(tenant, path).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
