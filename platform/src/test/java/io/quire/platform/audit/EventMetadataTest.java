package io.quire.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static io.quire.platform.support.Quire.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Every stored event says which tenant it belongs to, who acted, and which request and correlation it came from. */
class EventMetadataTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void eventsCarryTenantPrincipalRequestAndCorrelationIds() throws Exception {
        Tenant tenant = quire.registerTenant("Audited");
        Created workspace = created(web.post().uri("/api/v1/workspaces")
                .header("X-Api-Key", tenant.apiKey())
                .header("X-Request-Id", "req-audit-1")
                .header("X-Correlation-Id", "onboarding-42")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Audited")).exchange());

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT payload, meta_data, payload_type FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", workspace.id());
        JsonNode metaData = json.readTree((byte[]) row.get("meta_data"));
        JsonNode payload = json.readTree((byte[]) row.get("payload"));

        assertThat(row.get("payload_type")).isEqualTo("io.quire.contracts.workspace.WorkspaceCreatedEvent");
        assertThat(payload.get("tenantId").get("value").asText()).isEqualTo(tenant.id());
        assertThat(metaData.get("tenantId").asText()).isEqualTo(tenant.id());
        assertThat(metaData.get("principal").asText()).isEqualTo("key:" + tenant.keyId());
        assertThat(metaData.get("requestId").asText()).isEqualTo("req-audit-1");
        assertThat(metaData.get("correlationId").asText()).isEqualTo("onboarding-42");
        assertThat(metaData.get("causationId").asText()).isNotBlank();
    }

    @Test
    void theRequestIdIsEchoedAndGeneratedWhenAbsent() {
        Tenant tenant = quire.registerTenant("Echo");
        web.get().uri("/api/v1/workspaces").header("X-Api-Key", tenant.apiKey()).header("X-Request-Id", "mine-1")
                .exchange().expectHeader().valueEquals("X-Request-Id", "mine-1");
        web.get().uri("/api/v1/workspaces").header("X-Api-Key", tenant.apiKey())
                .exchange().expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}");
        web.get().uri("/api/v1/workspaces").header("X-Api-Key", tenant.apiKey())
                .header("X-Request-Id", "not ok; " + "x".repeat(300)).exchange()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}");
    }
}
