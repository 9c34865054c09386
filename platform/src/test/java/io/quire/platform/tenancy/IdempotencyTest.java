package io.quire.platform.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.ReliabilityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** A creating POST with an Idempotency-Key happens once, however often it is sent. */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("concurrency")
class IdempotencyTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameKeyAndBodyReturnTheFirstAnswerAndCreateNothingNew() {
        Tenant tenant = quire.registerTenant("Retry Ltd");
        JsonNode first = create(tenant, "create-w-1", Map.of("name", "Once")).expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode second = create(tenant, "create-w-1", Map.of("name", "Once")).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first);
        Created created = new Created(first.get("id").asText(), 1, first.get("consistency").asText());
        assertThat(ids(quire.read(tenant, "/api/v1/workspaces", created))).containsExactly(created.id());
    }

    @Test
    void twentyConcurrentSendsOfOneKeyHaveExactlyOneEffect() {
        Tenant tenant = quire.registerTenant("Stampede");
        List<Integer> statuses = Flux.range(0, 20)
                .parallel(20).runOn(Schedulers.boundedElastic())
                .map(i -> create(tenant, "stampede-1", Map.of("name", "Only once")).returnResult(String.class)
                        .getStatus().value())
                .sequential().collectList().block();

        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        JsonNode answer = create(tenant, "stampede-1", Map.of("name", "Only once")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Created created = new Created(answer.get("id").asText(), 1, answer.get("consistency").asText());
        assertThat(ids(quire.read(tenant, "/api/v1/workspaces", created))).containsExactly(created.id());
        Long effects = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, created.id());
        ReliabilityReport.figure(getClass(), String.format("20 concurrent sends of one Idempotency-Key: %d effect(s), "
                + "answers %s", effects, statuses.stream().sorted().distinct().toList()));
        assertThat(effects).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        Tenant tenant = quire.registerTenant("Mixup Ltd");
        create(tenant, "create-w-2", Map.of("name", "One")).expectStatus().isCreated();
        JsonNode problem = problem(create(tenant, "create-w-2", Map.of("name", "Two")), 422);
        assertThat(problem.get("detail").asText()).contains("Idempotency-Key");
    }

    @Test
    void keysAreScopedPerTenant() {
        Tenant alice = quire.registerTenant("Alice Idem");
        Tenant bob = quire.registerTenant("Bob Idem");
        JsonNode a = create(alice, "shared-key", Map.of("name", "Same")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode b = create(bob, "shared-key", Map.of("name", "Same")).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(a.get("id")).isNotEqualTo(b.get("id"));
    }

    @Test
    void anIssuedKeysSecretIsNeverReplayed() {
        Tenant tenant = quire.registerTenant("Secretive");
        JsonNode first = web.post().uri("/api/v1/api-keys").header("X-Api-Key", tenant.apiKey())
                .header("Idempotency-Key", "key-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "bot")).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode again = web.post().uri("/api/v1/api-keys").header("X-Api-Key", tenant.apiKey())
                .header("Idempotency-Key", "key-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "bot")).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(first.get("apiKey").asText()).startsWith("qk_");
        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(again.has("apiKey")).isFalse();
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        Tenant tenant = quire.registerTenant("Bad Keys");
        problem(create(tenant, "x".repeat(201), Map.of("name", "n")), 400);
    }

    @Test
    void aFailedFirstAttemptCanBeRetriedWithTheSameKey() {
        Tenant tenant = quire.registerTenant("Second Chance");
        problem(create(tenant, "retry-after-fix", Map.of("name", " ")), 400);
        create(tenant, "retry-after-fix", Map.of("name", "Fixed")).expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        create(tenant, "retry-after-fix", Map.of("name", "Fixed")).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true");
    }

    private WebTestClient.ResponseSpec create(Tenant tenant, String key, Object body) {
        return web.post().uri("/api/v1/workspaces").header("X-Api-Key", tenant.apiKey())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
