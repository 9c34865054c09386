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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running Quire (its sessions are killed and new ones refused) and comes back.
 * Meanwhile requests get 503 problem+json, readiness is DOWN and liveness UP; afterwards Quire recovers by itself
 * and nothing acknowledged, before the outage or by the writers that keep sending through it, is lost.
 */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("database-outage")
class DatabaseOutageTest {

    private static final String ADMIN = "outage-admin";
    private static final int WRITERS = 4;

    @Test
    void anOutageAnswers503AndQuireRecoversByItselfWithNothingLost() throws Exception {
        TestDatabase database = TestDatabase.createFresh();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuireApplication.class)
                .run("--server.port=0", "--quire.sandbox.smtp-port=0", "--quire.admin-token=" + ADMIN, "--QUIRE_DB_URL=" + database.url(),
                        "--QUIRE_DB_USER=" + database.user(), "--QUIRE_DB_PASSWORD=" + database.password())) {
            WebTestClient web = WebTestClient.bindToServer()
                    .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
                    .responseTimeout(Duration.ofSeconds(30)).build();
            Quire quire = new Quire(web, ADMIN);
            Tenant tenant = quire.registerTenant("Outage");
            Created before = quire.createWorkspace(tenant, "Before the outage");
            WriteLoad load = WriteLoad.start(app.getEnvironment().getProperty("local.server.port"), tenant, WRITERS);

            cutOff(database, true);
            try {
                JsonNode refused = problem(quire.post(tenant, "/api/v1/workspaces", Map.of("name", "During")), 503);
                assertThat(refused.get("type").asText()).isEqualTo("/problems/unavailable");
                problem(quire.get(tenant, "/api/v1/workspaces"), 503);
                web.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
                web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
            } finally {
                cutOff(database, false);
            }

            Instant back = Instant.now();
            Created after = awaitAcceptedWrite(quire, tenant, Duration.ofSeconds(10));
            Duration recovery = Duration.between(back, Instant.now());
            ReliabilityReport.figure(getClass(), String.format("faults survived: 1 database outage (503 problem+json, "
                    + "readiness DOWN, liveness UP), writes accepted %.1f s after it ended", recovery.toMillis() / 1000.0));
            assertThat(recovery).isLessThan(Duration.ofSeconds(10));
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
            quire.readOnceCaughtUp(tenant, "/api/v1/workspaces", after, Duration.ofSeconds(30));
            JsonNode survivor = quire.get(tenant, "/api/v1/workspaces/" + before.id()).expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(survivor.get("name").asText()).isEqualTo("Before the outage");
            quire.get(tenant, "/api/v1/workspaces/" + after.id()).expectStatus().isOk();

            WriteLoad.Outcome outcome = load.stop();
            List<String> stored = stored(database);
            long lost = outcome.acknowledged().stream().filter(id -> !stored.contains(id)).count();
            ReliabilityReport.figure(getClass(), String.format("load held: %d writers through the outage, %d writes "
                    + "acknowledged, %d answered 503; lost = %d", WRITERS, outcome.acknowledged().size(),
                    outcome.unavailable(), lost));
            assertThat(outcome.unexpected()).as("answers other than 201 and 503 problem+json").isEmpty();
            assertThat(outcome.unavailable()).as("writes refused while the database was away").isPositive();
            assertThat(stored).as("every write acknowledged under load is in the event store")
                    .containsAll(outcome.acknowledged());
            assertThat(stored).contains(before.id(), after.id());
        }
    }

    private static List<String> stored(TestDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT aggregate_identifier FROM domain_event_entry "
                     + "WHERE payload_type = 'io.quire.contracts.workspace.WorkspaceCreatedEvent'")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private static Created awaitAcceptedWrite(Quire quire, Tenant tenant, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            var result = quire.post(tenant, "/api/v1/workspaces", Map.of("name", "After")).returnResult(JsonNode.class);
            if (result.getStatus().value() == 201) {
                JsonNode body = result.getResponseBody().blockFirst();
                return new Created(body.get("id").asText(), 1, body.get("consistency").asText());
            }
            assertThat(result.getStatus().value()).isEqualTo(503);
            assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Quire did not accept writes within " + limit + " of the database returning");
            }
            Thread.sleep(200);
        }
    }


    /** Refuses new sessions to this test's database and ends the open ones; the shared server stays up. */
    private static void cutOff(TestDatabase database, boolean refuse) throws Exception {
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        String server = database.jdbcUrl().substring(0, database.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(server, database.user(), database.password());
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !refuse);
            if (refuse) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        }
    }
}
