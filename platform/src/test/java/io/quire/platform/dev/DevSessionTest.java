package io.quire.platform.dev;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.QuireApplication;
import io.quire.platform.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** In the dev profile, one request signs in as the dev user: a tenant of its own, reused by every session. */
class DevSessionTest {

    @Test
    void theDevProfileHandsOutKeysOfOneDevTenant() {
        TestDatabase database = TestDatabase.createFresh();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuireApplication.class)
                .profiles("dev")
                .run("--server.port=0", "--quire.admin-token=dev-test-admin", "--quire.sandbox.smtp-port=0",
                        "--QUIRE_DB_POOL_SIZE=5", "--QUIRE_DB_URL=" + database.url(),
                        "--QUIRE_DB_USER=" + database.user(), "--QUIRE_DB_PASSWORD=" + database.password())) {
            WebTestClient web = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                    .baseUrl("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")).build();

            web.get().uri("/api/v1/dev").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.profile").isEqualTo("dev");
            JsonNode first = session(web);
            JsonNode second = session(web);

            assertThat(second.get("tenantId").asText()).isEqualTo(first.get("tenantId").asText());
            assertThat(second.get("apiKey").asText()).isNotEqualTo(first.get("apiKey").asText());
            for (JsonNode session : new JsonNode[]{first, second}) {
                web.get().uri("/api/v1/workspaces").header("X-Api-Key", session.get("apiKey").asText()).exchange()
                        .expectStatus().isOk();
            }
        }
    }

    private static JsonNode session(WebTestClient web) {
        JsonNode session = web.post().uri("/api/v1/dev/session").exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Objects.requireNonNull(session);
        assertThat(session.get("apiKey").asText()).startsWith("qk_");
        return session;
    }
}
