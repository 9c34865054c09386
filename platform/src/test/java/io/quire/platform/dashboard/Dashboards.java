package io.quire.platform.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Tenant;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/** Reads dashboards as a tenant or the admin, with where the answer came from, and looks into Redis. */
final class Dashboards {

    static final Duration LIMIT = Duration.ofSeconds(30);

    private final Quire quire;
    private final WebTestClient web;
    private final String adminToken;
    private final ReactiveStringRedisTemplate redis;

    Dashboards(Quire quire, WebTestClient web, String adminToken, ReactiveStringRedisTemplate redis) {
        this.quire = quire;
        this.web = web;
        this.adminToken = adminToken;
        this.redis = redis;
    }

    /** A dashboard answer and its {@code Quire-Cache} header: hit, miss, bypass or unavailable. */
    record Answer(JsonNode body, String cache) {
    }

    Answer read(Tenant tenant, String path) {
        return answer(quire.get(tenant, path));
    }

    Answer admin(String path) {
        return answer(web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange());
    }

    /** Reads until the answer satisfies {@code done}. */
    Answer readUntil(Tenant tenant, String path, Predicate<Answer> done) {
        return Eventually.until(LIMIT, () -> read(tenant, path), done);
    }

    Answer adminUntil(String path, Predicate<Answer> done) {
        return Eventually.until(LIMIT, () -> admin(path), done);
    }

    boolean cached(String key) {
        return Boolean.TRUE.equals(redis.hasKey(key).block(Duration.ofSeconds(5)));
    }

    private static Answer answer(WebTestClient.ResponseSpec response) {
        EntityExchangeResult<JsonNode> result = response.expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult();
        return new Answer(Objects.requireNonNull(result.getResponseBody()),
                result.getResponseHeaders().getFirst("Quire-Cache"));
    }
}
