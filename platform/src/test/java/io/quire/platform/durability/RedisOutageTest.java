package io.quire.platform.durability;

import io.quire.platform.QuireApplication;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.ReliabilityReport;
import io.quire.platform.support.TcpProxy;
import io.quire.platform.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis goes away under a running Quire (every connection reset, new ones refused) and comes back. Quire keeps
 * serving reads and writes meanwhile and stays ready: no request path needs Redis today, so there is no rate-limit or
 * cache fallback to take (docs/performance.md). Only Redis's own health indicator reports the outage.
 */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("redis-outage")
class RedisOutageTest {

    private static final String ADMIN = "redis-outage-admin";

    @Test
    void quireKeepsServingAndStaysReadyWhileRedisIsDown() throws Exception {
        URI redis = URI.create(System.getenv().getOrDefault("QUIRE_REDIS_URL", "redis://127.0.0.1:6379"));
        TestDatabase database = TestDatabase.createFresh();
        try (TcpProxy proxy = TcpProxy.to(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort());
             ConfigurableApplicationContext app = new SpringApplicationBuilder(QuireApplication.class)
                     .run("--server.port=0", "--quire.sandbox.smtp-port=0", "--quire.admin-token=" + ADMIN,
                             "--QUIRE_DB_URL=" + database.url(), "--QUIRE_DB_USER=" + database.user(),
                             "--QUIRE_DB_PASSWORD=" + database.password(), "--QUIRE_DB_POOL_SIZE=4",
                             "--QUIRE_REDIS_URL=redis://127.0.0.1:" + proxy.port(),
                             "--management.endpoint.health.show-components=always")) {
            WebTestClient web = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                    .responseTimeout(Duration.ofSeconds(30)).build();
            Quire quire = new Quire(web, ADMIN);
            Tenant tenant = quire.registerTenant("Redis outage");
            Created before = quire.createWorkspace(tenant, "Before the outage");
            awaitRedisHealth(web, 200);

            proxy.close();
            awaitRedisHealth(web, 503);
            int served = 0;
            Instant until = Instant.now().plus(ReliabilityReport.longRun() ? Duration.ofSeconds(60)
                    : Duration.ofSeconds(3));
            while (Instant.now().isBefore(until)) {
                Created during = quire.createWorkspace(tenant, "During the outage " + served);
                quire.read(tenant, "/api/v1/workspaces/" + during.id(), during);
                quire.get(tenant, "/api/v1/workspaces/" + before.id()).expectStatus().isOk();
                served += 3;
            }
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
            web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

            proxy.open();
            awaitRedisHealth(web, 200);
            ReliabilityReport.figure(getClass(), String.format("load held: %d requests answered while Redis was "
                    + "down, readiness UP throughout; faults survived: 1 Redis outage; lost = 0", served));
        }
    }

    /**
     * Waits until Redis's health indicator answers {@code status} (200 UP, 503 DOWN). Lettuce reconnects with a
     * back-off of up to 30 s.
     */
    private static void awaitRedisHealth(WebTestClient web, int status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        int last = 0;
        while (Instant.now().isBefore(deadline)) {
            last = web.get().uri("/actuator/health/redis").exchange().returnResult(String.class).getStatus().value();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(last).as("Redis health status").isEqualTo(status);
    }
}
