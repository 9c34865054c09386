package io.quire.platform.journey;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.ReliabilityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Optimistic concurrency under real contention: of many editors who saw version 1, exactly one wins. */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("concurrency")
class ConcurrentEditsTest extends ApiTest {

    @Test
    void ofConcurrentEditsAgainstTheSameVersionExactlyOneSucceeds() {
        Tenant tenant = quire.registerTenant("Contention");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "Shared", "v1");

        int editors = ReliabilityReport.longRun() ? 32 : 8;
        List<Integer> statuses = editAllAtOnce(tenant, page, editors);

        ReliabilityReport.figure(getClass(), String.format("%d concurrent edits with the same If-Match: %d won, %d "
                + "got 409", editors, statuses.stream().filter(s -> s == 200).count(),
                statuses.stream().filter(s -> s == 409).count()));
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(editors - 1);
        JsonNode versions = quire.get(tenant, "/api/v1/pages/" + page.id() + "/versions/3")
                .expectStatus().isNotFound().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(versions.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void sequenceNumbersLeftByRolledBackEditsDoNotHoldUpReadingYourOwnWrites() {
        Tenant tenant = quire.registerTenant("Gaps");
        Created workspace = quire.createWorkspace(tenant, "W");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "N");
        Created page = quire.createPage(tenant, notebook.id(), "Shared", "v1");
        editAllAtOnce(tenant, page, 6);

        Created next = quire.createPage(tenant, notebook.id(), "After the race", "");
        assertThat(quire.read(tenant, "/api/v1/pages/" + next.id(), next).get("title").asText())
                .isEqualTo("After the race");
    }

    /** {@code editors} edits of one page, all sent at once against version 1; answers their statuses. */
    private List<Integer> editAllAtOnce(Tenant tenant, Created page, int editors) {
        return Flux.range(0, editors)
                .parallel(editors).runOn(Schedulers.boundedElastic())
                .map(i -> web.put().uri("/api/v1/pages/" + page.id())
                        .header("X-Api-Key", tenant.apiKey()).header(HttpHeaders.IF_MATCH, "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("title", "Shared", "body", "edit " + i))
                        .exchange().returnResult(String.class).getStatus().value())
                .sequential().collectList().block();
    }
}
