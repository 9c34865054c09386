package io.quire.platform.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.QuireApplication;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.TcpProxy;
import io.quire.platform.support.TestDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

import static io.quire.platform.dashboard.ActivityDashboardTest.byType;
import static io.quire.platform.dashboard.ActivityDashboardTest.total;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards while Redis is slow, down and back, and a replay. Quire reaches Redis through a proxy the test stalls
 * and closes; its own database makes the admin's totals exact and a replay short. Every dashboard must keep answering 200 with the right numbers, and
 * an entry cached before Redis went away must not be served once it returns, since an event changed it meanwhile.
 */
@SpringBootTest(classes = QuireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quire.admin-token=" + ApiTest.ADMIN_TOKEN, "quire.sandbox.smtp-port=0",
                "quire.dashboards.cache.retry-every=200ms", "QUIRE_DB_POOL_SIZE=8"})
// A second application in the test JVM: closed after this class, so that its connections are given back.
@DirtiesContext
// The first test counts every tenant of the database; the replay test adds one.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardsWithoutRedisTest {

    private static final TcpProxy REDIS = TcpProxy.to("127.0.0.1", 6379);
    private static final TestDatabase DATABASE = TestDatabase.createFresh();
    private static final String ACTIVITY = "/api/v1/dashboards/activity";
    private static final String ADMIN_BILLING = "/api/v1/admin/dashboards/billing";
    /** Lettuce reconnects with a growing back-off, of up to 30 s. */
    private static final Duration RECONNECT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void ownDatabaseAndRedisBehindAProxy(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::jdbcUrl);
        properties.add("spring.datasource.username", DATABASE::user);
        properties.add("spring.datasource.password", DATABASE::password);
        properties.add("spring.r2dbc.url", () -> "r2dbc:" + DATABASE.url());
        properties.add("spring.r2dbc.username", DATABASE::user);
        properties.add("spring.r2dbc.password", DATABASE::password);
        properties.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + REDIS.port());
    }

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    EventProcessingConfiguration processing;

    @AfterAll
    static void closeProxy() {
        REDIS.close();
    }

    @Test
    @Order(1)
    void dashboardsAnswerFromPostgresqlWhileRedisIsSlowOrDownAndNeverServeAnEntryAnEventChanged() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        Quire quire = new Quire(web, ApiTest.ADMIN_TOKEN);
        Dashboards dashboards = new Dashboards(quire, web, ApiTest.ADMIN_TOKEN, redis);
        Tenant free = quire.registerTenant("Free Ltd");
        quire.registerTenant("Team Ltd", "team", "team@acme.test");
        Tenant business = quire.registerTenant("Business Ltd", "business", "business@acme.test");
        Created workspace = quire.createWorkspace(free, "Research");
        Created notebook = quire.createNotebook(free, workspace.id(), "Lab notes");
        Created page = quire.createPage(free, notebook.id(), "Findings", "first");
        dashboards.read(free, ACTIVITY + "?consistency=" + page.consistency());
        JsonNode cached = dashboards.readUntil(free, ACTIVITY, answer -> answer.cache().equals("hit")).body();
        assertThat(total(cached)).isEqualTo(6);
        assertAdminTotals(dashboards.adminUntil(ADMIN_BILLING, answer -> answer.cache().equals("hit")).body());

        REDIS.stall(true);
        Dashboards.Answer slow = dashboards.read(free, ACTIVITY);
        assertThat(slow.cache()).isEqualTo("unavailable");
        assertThat(total(slow.body())).isEqualTo(6);
        Dashboards.Answer slowAdmin = dashboards.admin(ADMIN_BILLING);
        assertThat(slowAdmin.cache()).isEqualTo("unavailable");
        assertAdminTotals(slowAdmin.body());
        REDIS.stall(false);

        REDIS.close();
        quire.createPage(free, notebook.id(), "Methods", "how");
        Dashboards.Answer down = dashboards.readUntil(free, ACTIVITY, answer -> total(answer.body()) == 7);
        assertThat(down.cache()).isIn("unavailable", "bypass");
        assertThat(byType(down.body()).get("PageCreated")).isEqualTo(2L);
        assertThat(dashboards.read(free, "/api/v1/dashboards/decisions").body().at("/byStatus/proposed").asLong())
                .isZero();
        assertThat(dashboards.read(business, "/api/v1/dashboards/billing").body().get("mrrMinor").asLong())
                .isEqualTo(19900);
        assertThat(dashboards.readUntil(free, "/api/v1/dashboards/billing",
                answer -> answer.body().at("/usage/0/used").asLong() == 2).cache()).isIn("unavailable", "bypass");
        assertAdminTotals(dashboards.admin(ADMIN_BILLING).body());

        REDIS.open();
        Dashboards.Answer back = Eventually.until(RECONNECT,
                () -> dashboards.read(free, ACTIVITY), answer -> answer.cache().equals("hit"));
        assertThat(total(back.body())).isEqualTo(7);
    }

    @Test
    @Order(2)
    void aReplayOfTheActivityProjectionEvictsEveryActivityDashboardAndCountsTheSameAgain() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        Quire quire = new Quire(web, ApiTest.ADMIN_TOKEN);
        Dashboards dashboards = new Dashboards(quire, web, ApiTest.ADMIN_TOKEN, redis);
        Tenant tenant = quire.registerTenant("Replayed Ltd");
        Created workspace = quire.createWorkspace(tenant, "Research");
        Created page = quire.createPage(tenant, quire.createNotebook(tenant, workspace.id(), "Lab notes").id(),
                "Findings", "first");
        JsonNode before = dashboards.read(tenant, ACTIVITY + "?consistency=" + page.consistency()).body();
        dashboards.readUntil(tenant, ACTIVITY, answer -> answer.cache().equals("hit"));
        String key = "tenant:" + tenant.id() + ":activity:day:" + before.get("from").asText() + ":"
                + before.get("to").asText();
        assertThat(dashboards.cached(key)).isTrue();

        StreamingEventProcessor activity = processing.eventProcessor("activity", StreamingEventProcessor.class)
                .orElseThrow();
        activity.shutDown();
        try {
            activity.resetTokens();
        } finally {
            activity.start();
        }

        assertThat(dashboards.cached(key)).isFalse();
        JsonNode replayed = Eventually.until(RECONNECT, () -> dashboards.read(tenant, ACTIVITY).body(),
                answer -> total(answer) == total(before));
        assertThat(byType(replayed)).isEqualTo(byType(before));
        assertThat(replayed.get("topPages")).isEqualTo(before.get("topPages"));
        assertThat(replayed.get("topNotebooks")).isEqualTo(before.get("topNotebooks"));
    }

    private static void assertAdminTotals(JsonNode admin) {
        assertThat(admin.get("mrr").toString()).isEqualTo("[{\"currency\":\"EUR\",\"amountMinor\":24800}]");
        assertThat(admin.get("tenantsByStatus").toString())
                .isEqualTo("{\"trialing\":3,\"active\":0,\"past_due\":0,\"suspended\":0}");
        assertThat(admin.get("tenants")).hasSize(3);
        assertThat(admin.at("/tenants/0/name").asText()).isEqualTo("Business Ltd");
        assertThat(admin.at("/tenants/0/mrrMinor").asLong()).isEqualTo(19900);
        assertThat(admin.at("/tenants/1/name").asText()).isEqualTo("Team Ltd");
        assertThat(admin.at("/tenants/1/mrrMinor").asLong()).isEqualTo(4900);
        assertThat(admin.at("/tenants/2/name").asText()).isEqualTo("Free Ltd");
        assertThat(admin.at("/tenants/2/mrrMinor").asLong()).isZero();
        assertThat(admin.at("/failedPayments/count").asLong()).isZero();
    }
}
