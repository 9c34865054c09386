package io.quire.platform.durability;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.QuireApplication;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.ReliabilityReport;
import io.quire.platform.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;

import static io.quire.platform.support.Quire.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop Quire and start it again on the same database: every read model is intact, and projections continue from
 * their tokens instead of starting over (no duplicated history, nothing missed).
 */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("crash")
class RestartTest {

    private static final String ADMIN = "restart-admin";

    @Test
    void readModelsSurviveARestartAndProjectionsContinueFromTheirTokens() {
        TestDatabase database = TestDatabase.createFresh();
        Tenant[] tenant = new Tenant[1];
        Created[] page = new Created[1];
        Created[] notebook = new Created[1];
        long[] tokensBefore = new long[1];

        runQuire(database, (quire, jdbc) -> {
            tenant[0] = quire.registerTenant("Durable");
            Created workspace = quire.createWorkspace(tenant[0], "W");
            notebook[0] = quire.createNotebook(tenant[0], workspace.id(), "N");
            page[0] = quire.createPage(tenant[0], notebook[0].id(), "Before", "v1");
            Created edited = quire.editPage(tenant[0], page[0].id(), 1, "Before", "v2");
            quire.read(tenant[0], "/api/v1/pages/" + page[0].id() + "/versions", edited);
            quire.read(tenant[0], "/api/v1/notebooks/" + notebook[0].id() + "/pages", edited);
            tokensBefore[0] = jdbc.queryForObject("SELECT count(*) FROM token_entry", Long.class);
        });

        runQuire(database, (quire, jdbc) -> {
            JsonNode detail = quire.get(tenant[0], "/api/v1/pages/" + page[0].id()).expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(detail.get("version").asLong()).isEqualTo(2);
            assertThat(detail.get("body").asText()).isEqualTo("v2");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry", Long.class))
                    .isEqualTo(tokensBefore[0]);

            Created third = quire.editPage(tenant[0], page[0].id(), 2, "After", "v3");
            Created second = quire.createPage(tenant[0], notebook[0].id(), "New", "");
            JsonNode versions = quire.read(tenant[0], "/api/v1/pages/" + page[0].id() + "/versions", third);
            List<Long> numbers = versions.findValues("version").stream().map(JsonNode::asLong).toList();
            assertThat(numbers).containsExactly(3L, 2L, 1L);
            assertThat(ids(quire.read(tenant[0], "/api/v1/notebooks/" + notebook[0].id() + "/pages", second)))
                    .containsExactly(page[0].id(), second.id());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM page_version WHERE page_id = ?::uuid", Long.class,
                    page[0].id())).isEqualTo(3);
        });
    }

    private static void runQuire(TestDatabase database, QuireSession session) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuireApplication.class)
                .run("--server.port=0", "--quire.sandbox.smtp-port=0", "--quire.admin-token=" + ADMIN, "--QUIRE_DB_URL=" + database.url(),
                        "--QUIRE_DB_USER=" + database.user(), "--QUIRE_DB_PASSWORD=" + database.password())) {
            String port = app.getEnvironment().getProperty("local.server.port");
            WebTestClient web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .responseTimeout(Duration.ofSeconds(30)).build();
            session.run(new Quire(web, ADMIN), app.getBean(JdbcTemplate.class));
        }
    }

    @FunctionalInterface
    private interface QuireSession {
        void run(Quire quire, JdbcTemplate jdbc);
    }

}
