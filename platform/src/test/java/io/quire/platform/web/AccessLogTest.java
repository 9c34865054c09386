package io.quire.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API request leaves one Elastic Common Schema line on the console, with its request and tenant ids. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anApiRequestIsLoggedAsOneEcsLineWithItsRequestAndTenant(CapturedOutput output) throws Exception {
        Tenant tenant = quire.registerTenant("Logged Co");
        String requestId = "access-log-" + System.nanoTime();
        web.get().uri("/api/v1/workspaces").header("X-Api-Key", tenant.apiKey())
                .header(RequestTracing.REQUEST_ID_HEADER, requestId).exchange().expectStatus().isOk();

        JsonNode line = awaitLine(output, requestId);
        assertThat(line.at("/message").asText()).isEqualTo("request handled");
        assertThat(line.at("/log/level").asText()).isEqualTo("INFO");
        assertThat(line.at("/log/logger").asText()).isEqualTo("io.quire.access");
        assertThat(line.at("/ecs/version").asText()).isNotBlank();
        assertThat(line.at("/service/name").asText()).isEqualTo("quire");
        assertThat(Instant.parse(line.at("/@timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(line.at("/tenantId").asText()).isEqualTo(tenant.id());
        assertThat(line.at("/method").asText()).isEqualTo("GET");
        assertThat(line.at("/path").asText()).isEqualTo("/api/v1/workspaces");
        assertThat(line.at("/status").asInt()).isEqualTo(200);
        assertThat(line.at("/durationMs").isIntegralNumber()).isTrue();
    }

    /** The line is written once the answer has gone out, so it may trail the response by a moment. */
    private static JsonNode awaitLine(CapturedOutput output, String requestId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Optional<String> found = output.getOut().lines()
                    .filter(text -> text.startsWith("{") && text.contains(requestId)).findFirst();
            if (found.isPresent()) {
                return JSON.readTree(found.get());
            }
            assertThat(Instant.now()).as("an access-log line for " + requestId).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
