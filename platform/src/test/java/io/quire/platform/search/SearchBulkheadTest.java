package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches beyond the limit of those running at once (4 by default) wait, and are refused with 503 problem+json and
 * Retry-After once their wait (2 s) runs out. The searches are held up by a lock on the search table, so that they
 * are slow for certain; once it is released, every search that was let in answers.
 */
class SearchBulkheadTest extends ApiTest {

    private static final int RUNNING_AT_ONCE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private DataSource dataSource;

    @Test
    void searchesBeyondTheLimitWaitAndAreThenRefusedWithRetryAfter() throws Exception {
        Tenant tenant = quire.registerTenant("Busy searchers");
        String workspace = quire.createWorkspace(tenant, "Library").id();
        String notebook = quire.createNotebook(tenant, workspace, "Shelf").id();
        Created page = quire.createPage(tenant, notebook, "Quasar survey", "Notes on every quasar we found.");
        new Searches(quire, web).search(tenant, page, "q", "quasar");
        HttpClient http = HttpClient.newHttpClient();

        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        HttpResponse<String> refused;
        Duration waited;
        try (Connection lock = dataSource.getConnection(); Statement sql = lock.createStatement()) {
            lock.setAutoCommit(false);
            sql.execute("LOCK TABLE search_document IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < RUNNING_AT_ONCE; i++) {
                running.add(http.sendAsync(search(tenant), HttpResponse.BodyHandlers.ofString()));
            }
            awaitSearchesBlockedOnTheLock(RUNNING_AT_ONCE);

            Instant sent = Instant.now();
            refused = http.send(search(tenant), HttpResponse.BodyHandlers.ofString());
            waited = Duration.between(sent, Instant.now());
            lock.rollback();
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/busy");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).contains("as many searches as it can");
        assertThat(waited).as("it waited its turn before being refused").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        for (CompletableFuture<HttpResponse<String>> search : running) {
            HttpResponse<String> answer = search.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).get("items").get(0).get("id").asText()).isEqualTo(page.id());
        }
        assertThat(http.send(search(tenant), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the permits came back").isEqualTo(200);
    }

    private HttpRequest search(Tenant tenant) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?q=quasar"))
                .header("X-Api-Key", tenant.apiKey()).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Watched from a session of its own: within a transaction, pg_stat_activity keeps showing its first look. */
    private void awaitSearchesBlockedOnTheLock(int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            try (Connection watcher = dataSource.getConnection(); Statement sql = watcher.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_stat_activity "
                         + "WHERE wait_event_type = 'Lock' AND query LIKE '%ts_rank_cd%'")) {
                rows.next();
                if (rows.getInt(1) >= count) {
                    return;
                }
            }
            assertThat(Instant.now()).as("searches waiting on the lock").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
