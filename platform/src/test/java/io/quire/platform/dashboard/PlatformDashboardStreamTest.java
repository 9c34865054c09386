package io.quire.platform.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The operators' dashboards over Server-Sent Events: the platform as it changes, and a nudge when billing moved. */
class PlatformDashboardStreamTest extends ApiTest {

    private static final String STREAM = "/api/v1/admin/dashboards/stream";
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ParameterizedTypeReference<ServerSentEvent<JsonNode>> EVENTS =
            new ParameterizedTypeReference<>() {
            };

    @Test
    void sendsThePlatformDashboardAtOnceAndAgainWhenTheStoreMovesOn() {
        List<ServerSentEvent<JsonNode>> received = new CopyOnWriteArrayList<>();
        Disposable stream = open(received);
        try {
            Eventually.holds("the stream opens with the dashboard", LIMIT, () -> !platform(received).isEmpty());
            JsonNode first = platform(received).get(0);
            assertThat(first.get("processors")).isNotEmpty();
            assertThat(first.has("deadLetters")).isTrue();
            assertThat(first.has("sagas")).isTrue();
            assertThat(first.has("circuitBreakers")).isTrue();
            long headBefore = first.at("/processors/0/head").asLong();

            Tenant tenant = quire.registerTenant("Streamed Ltd");
            quire.createWorkspace(tenant, "Live");

            Eventually.holds("a later event shows the new head", LIMIT, () -> platform(received).stream()
                    .anyMatch(dashboard -> dashboard.at("/processors/0/head").asLong() > headBefore));
            List<JsonNode> sent = platform(received);
            for (int i = 1; i < sent.size(); i++) {
                assertThat(sent.get(i)).as("only changes are sent").isNotEqualTo(sent.get(i - 1));
            }
        } finally {
            stream.dispose();
        }
    }

    @Test
    void saysWhenTheBillingDashboardHasNewData() {
        List<ServerSentEvent<JsonNode>> received = new CopyOnWriteArrayList<>();
        Disposable stream = open(received);
        try {
            Eventually.holds("the stream opens", LIMIT, () -> !platform(received).isEmpty());
            Tenant tenant = quire.registerTenant("Billed Ltd");
            quire.post(tenant, "/api/v1/billing/payment-method", Map.of("paymentMethod", "pm_card_ok"))
                    .expectStatus().isOk();
            quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "team")).expectStatus().isAccepted();

            Eventually.holds("a billing event arrives", LIMIT, () -> received.stream()
                    .anyMatch(event -> "billing".equals(event.event())
                            && "billing".equals(event.data().get("dashboard").asText())));
        } finally {
            stream.dispose();
        }
    }

    @Test
    void onlyTheAdminMayFollowIt() {
        Tenant tenant = quire.registerTenant("Peeking Ltd");
        problem(web.get().uri(STREAM).header("X-Api-Key", tenant.apiKey()).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange(), 401);
        problem(web.get().uri(STREAM).accept(MediaType.TEXT_EVENT_STREAM).exchange(), 401);
    }

    private Disposable open(List<ServerSentEvent<JsonNode>> into) {
        return WebClient.create("http://localhost:" + port).get().uri(STREAM)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve().bodyToFlux(EVENTS).subscribe(into::add);
    }

    private static List<JsonNode> platform(List<ServerSentEvent<JsonNode>> received) {
        return received.stream().filter(event -> "platform".equals(event.event())).map(ServerSentEvent::data)
                .toList();
    }
}
