package io.quire.platform.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API users reach without a key: health probes, OpenAPI and Swagger UI. */
class OperationsEndpointsTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void livenessAndReadinessAreUp() {
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void overallHealthCoversPostgresqlAndRedis() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        JsonNode api = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(api.get("paths").has("/api/v1/pages/{pageId}")).isTrue();
        assertThat(api.get("paths").has("/api/v1/admin/tenants")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1search/get/responses/200/headers").has("Quire-Search-Ranked-First"))
                .isTrue();
        assertThat(api.at("/paths/~1api~1v1~1billing~1invoices/get/parameters").findValuesAsText("name"))
                .contains("order");
        web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void flywayOwnsTheEventStoreWithBinaryPayloadsAndItsOwnSequence() {
        List<String> types = jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domain_event_entry' AND column_name IN ('payload', 'meta_data')""", String.class);
        assertThat(types).containsOnly("bytea");
        Integer sequences = jdbc.queryForObject(
                "SELECT count(*) FROM pg_sequences WHERE sequencename = 'domain_event_entry_global_index_seq'",
                Integer.class);
        assertThat(sequences).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isGreaterThanOrEqualTo(3);
    }
}
