package io.quire.platform.durability;

import io.quire.platform.QuireApplication;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.ReliabilityReport;
import io.quire.platform.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quire is killed with SIGKILL in the middle of a write load, then started again on the same database. Every
 * acknowledged write must be in the event store, and every read model must converge to exactly what the events
 * say, with no projection effect applied twice.
 */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("crash")
class CrashTest {

    private static final String ADMIN = "crash-admin";
    private static final int WRITERS = ReliabilityReport.longRun() ? 16 : 8;
    /** How long the write load runs before the kill. */
    private static final long LOAD_SECONDS = ReliabilityReport.longRun() ? 20 : 3;

    @Test
    void killNineUnderLoadLosesNothingAcknowledgedAndReadModelsConverge() throws Exception {
        TestDatabase database = TestDatabase.createFresh();
        int port = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Tenant tenant;
        Created notebook;

        Process quire = start(database, port);
        try {
            Quire client = client(port);
            tenant = client.registerTenant("Crash");
            Created workspace = client.createWorkspace(tenant, "W");
            notebook = client.createNotebook(tenant, workspace.id(), "N");
            writeUntilKilled(quire, port, tenant, notebook, acknowledged);
        } finally {
            quire.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("writes acknowledged before the crash").hasSizeGreaterThan(20);

        JdbcTemplate jdbc = jdbc(database);
        List<String> stored = jdbc.queryForList("""
                SELECT aggregate_identifier FROM domain_event_entry
                WHERE payload_type = 'io.quire.contracts.page.PageCreatedEvent'""", String.class);
        ReliabilityReport.figure(getClass(), String.format("load held: %d writers for %d s, %d writes acknowledged; "
                + "faults survived: 1 SIGKILL; lost = %d", WRITERS, LOAD_SECONDS, acknowledged.size(),
                acknowledged.stream().filter(id -> !stored.contains(id)).count()));
        assertThat(stored).as("every acknowledged write is in the event store").containsAll(acknowledged);

        Process restarted = start(database, port);
        try {
            Quire client = client(port);
            Created marker = client.createPage(tenant, notebook.id(), "after the crash", "");
            // The killed process still holds its token claims until they time out; then the projections resume.
            Duration convergence = Duration.ofSeconds(60);
            client.readOnceCaughtUp(tenant, "/api/v1/pages/" + marker.id() + "/versions", marker, convergence);
            client.readOnceCaughtUp(tenant, "/api/v1/pages/" + marker.id(), marker, convergence);

            assertThat(jdbc.queryForList("SELECT page_id::text FROM page_view", String.class))
                    .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
                            SELECT aggregate_identifier FROM domain_event_entry
                            WHERE payload_type = 'io.quire.contracts.page.PageCreatedEvent'""", String.class));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM page_version", Long.class))
                    .as("one history row per page event, none doubled")
                    .isEqualTo(jdbc.queryForObject("""
                            SELECT count(*) FROM domain_event_entry
                            WHERE payload_type LIKE 'io.quire.contracts.page.%'""", Long.class));
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Writers create pages until the process dies under them; only 201 answers count as acknowledged. */
    private static void writeUntilKilled(Process quire, int port, Tenant tenant, Created notebook,
                                         Set<String> acknowledged) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        Instant stop = Instant.now().plusSeconds(LOAD_SECONDS + 20);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (Instant.now().isBefore(stop) && quire.isAlive()) {
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/notebooks/" + notebook.id() + "/pages"))
                                .header("X-Api-Key", tenant.apiKey()).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(5))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"load\",\"body\":\"x\"}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 201) {
                            acknowledged.add(answer.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }
        Instant killAt = Instant.now().plusSeconds(LOAD_SECONDS);
        while (Instant.now().isBefore(killAt)) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        quire.destroyForcibly();
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Quire in a process of its own, so that it can be killed like a real one. */
    private static Process start(TestDatabase database, int port) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                QuireApplication.class.getName(), "--server.port=" + port, "--quire.sandbox.smtp-port=0",
                "--quire.admin-token=" + ADMIN,
                "--QUIRE_DB_URL=" + database.url(), "--QUIRE_DB_USER=" + database.user(),
                "--QUIRE_DB_PASSWORD=" + database.password(), "--logging.structured.format.console=")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/crash-test-quire.log")))
                .start();
        awaitReady(process, port);
        return process;
    }

    private static void awaitReady(Process process, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("Quire process still running (see target/crash-test-quire.log)").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("Quire did not become ready on port " + port);
    }

    private static Quire client(int port) {
        return new Quire(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build(), ADMIN);
    }

    private static JdbcTemplate jdbc(TestDatabase database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
