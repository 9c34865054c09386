package io.quire.platform.support;

import io.quire.platform.QuireApplication;
import io.quire.platform.support.probe.Probes;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;

import java.time.Duration;

/**
 * Base of the HTTP tests: one Quire on a random port over one fresh database, shared by every test class so the
 * application starts once. Tests isolate themselves by registering tenants of their own. The SMTP sandbox takes a free
 * port, so that the tests never compete with a Quire already running on this machine. The {@link Probes} run in it
 * too, in processing groups of their own.
 */
@SpringBootTest(classes = QuireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quire.admin-token=" + ApiTest.ADMIN_TOKEN, "quire.sandbox.smtp-port=0",
                // Sagas wait seconds here instead of days, so that dunning and follow-ups run within a test.
                "quire.sagas.retry-delay=1s", "quire.sagas.follow-up-delay=1s", "quire.sagas.dunning-delays=1s,1s",
                "quire.sagas.decision-notice-delay=3s",
                // Live streams send heartbeats every second, and replay at most 20 missed events, so that a test
                // sees both.
                "quire.live.heartbeat=1s", "quire.live.replay-limit=20",
                // Several applications share the test database server (a crash test starts another one).
                "QUIRE_DB_POOL_SIZE=10",
                // Pages are loaded from snapshots after a few edits, so that every page test also runs on snapshots.
                "quire.snapshots.page-threshold=5",
                // A search ranks at most 25 matches, so that SearchScopeTest reaches the limit with a few pages; no
                // other test has that many matches of one search in one tenant.
                "quire.search.max-ranked=25",
                // The vacuum check (where the server's autovacuum is off) runs when OwnVacuumTest calls it.
                "quire.maintenance.check-every=1h"})
@ActiveProfiles(Probes.PROFILE)
public abstract class ApiTest {

    public static final String ADMIN_TOKEN = "test-admin-token";

    static {
        SharedDatabase.INSTANCE.exportAsQuireSettings();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected WebTestClient web;

    protected Quire quire;

    @BeforeEach
    void connect() {
        // A fresh connection per request: a test judges one answer, not a kept-alive connection an earlier test left.
        web = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
        quire = new Quire(web, ADMIN_TOKEN);
    }

    /** The database the shared application runs on, created once per test run. */
    static final class SharedDatabase {
        static final TestDatabase INSTANCE = TestDatabase.createFresh();

        private SharedDatabase() {
        }
    }
}
