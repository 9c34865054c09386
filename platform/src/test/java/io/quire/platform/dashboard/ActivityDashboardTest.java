package io.quire.platform.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static io.quire.platform.support.Quire.acknowledged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity dashboard over a known history: a tenant's workspace, two notebooks and three pages, edited, moved
 * and renamed through the API. Every count is known, so every count is asserted.
 */
class ActivityDashboardTest extends ApiTest {

    private static final String ACTIVITY = "/api/v1/dashboards/activity";

    @Autowired
    ReactiveStringRedisTemplate redis;

    private Dashboards dashboards;

    @BeforeEach
    void dashboards() {
        dashboards = new Dashboards(quire, web, ADMIN_TOKEN, redis);
    }

    /** The known history; answers the last write, and the ids of the pages and notebooks. */
    private record History(Created last, String lab, String archive, String findings, String methods,
                           String moved) {
    }

    private History knownHistory(Tenant tenant) {
        Created workspace = quire.createWorkspace(tenant, "Research");
        Created lab = quire.createNotebook(tenant, workspace.id(), "Lab notes");
        Created archive = quire.createNotebook(tenant, workspace.id(), "Archive");
        Created findings = quire.createPage(tenant, lab.id(), "Findings", "first");
        quire.editPage(tenant, findings.id(), 1, "Findings", "second");
        quire.editPage(tenant, findings.id(), 2, "Findings, revised", "third");
        Created methods = quire.createPage(tenant, lab.id(), "Methods", "how");
        Created moved = quire.createPage(tenant, archive.id(), "Old idea", "once");
        acknowledged(quire.post(tenant, "/api/v1/pages/" + moved.id() + "/move", Map.of("notebookId", lab.id())));
        Created renamed = acknowledged(web.patch().uri("/api/v1/notebooks/" + archive.id())
                .header("X-Api-Key", tenant.apiKey()).header("If-Match", "\"1\"")
                .bodyValue(Map.of("title", "Attic")).exchange());
        return new History(renamed, lab.id(), archive.id(), findings.id(), methods.id(), moved.id());
    }

    @Test
    void countsEveryEventOfTheTenantByTypeAndNamesTheMostActivePagesAndNotebooks() {
        Tenant tenant = quire.registerTenant("Activity Ltd");
        History history = knownHistory(tenant);

        JsonNode activity = dashboards.read(tenant, ACTIVITY + "?consistency=" + history.last().consistency()).body();
        assertThat(activity.get("bucket").asText()).isEqualTo("day");
        assertThat(Duration.between(Instant.parse(activity.get("from").asText()),
                Instant.parse(activity.get("to").asText()))).isEqualTo(Duration.ofDays(7));
        assertThat(activity.get("buckets")).hasSize(7);
        assertThat(byType(activity)).isEqualTo(new TreeMap<>(Map.of(
                "TenantRegistered", 1L, "ApiKeyIssued", 1L, "BillingAccountOpened", 1L,
                "WorkspaceCreated", 1L, "NotebookCreated", 2L, "NotebookRenamed", 1L,
                "PageCreated", 3L, "PageEdited", 2L, "PageMoved", 1L)));
        assertThat(total(activity)).isEqualTo(13);

        assertThat(rows(activity.get("topPages"), "pageId")).containsExactly(
                history.findings() + " Findings, revised 3", history.moved() + " Old idea 2",
                history.methods() + " Methods 1");
        // A page's events count for the notebook it is in at the time: the move and after go to Lab notes.
        assertThat(rows(activity.get("topNotebooks"), "notebookId")).containsExactly(
                history.lab() + " Lab notes 6", history.archive() + " Attic 3");
    }

    @Test
    void hourBucketsCoverTheRangeHourByHourWithTheSameCounts() {
        Tenant tenant = quire.registerTenant("Hourly Ltd");
        History history = knownHistory(tenant);
        Instant now = Instant.now();
        String range = "?bucket=hour&from=" + now.minus(Duration.ofHours(30)) + "&to=" + now.plus(Duration.ofHours(1))
                + "&consistency=" + history.last().consistency();

        JsonNode activity = dashboards.read(tenant, ACTIVITY + range).body();

        Instant from = Instant.parse(activity.get("from").asText());
        Instant to = Instant.parse(activity.get("to").asText());
        assertThat(activity.get("buckets")).hasSize((int) Duration.between(from, to).toHours());
        assertThat(activity.at("/buckets/0/start").asText()).isEqualTo(from.toString());
        assertThat(total(activity)).isEqualTo(13);
        assertThat(byType(activity).get("PageEdited")).isEqualTo(2L);
    }

    @Test
    void aTenantSeesOnlyItsOwnActivity() {
        Tenant mine = quire.registerTenant("Mine");
        Tenant theirs = quire.registerTenant("Theirs");
        History myHistory = knownHistory(mine);
        Created theirWorkspace = quire.createWorkspace(theirs, "Research");
        Created theirNotebook = quire.createNotebook(theirs, theirWorkspace.id(), "Lab notes");
        Created theirPage = quire.createPage(theirs, theirNotebook.id(), "Findings", "the same title");

        JsonNode their = dashboards.read(theirs, ACTIVITY + "?consistency=" + theirPage.consistency()).body();
        JsonNode my = dashboards.read(mine, ACTIVITY + "?consistency=" + myHistory.last().consistency()).body();

        assertThat(total(their)).isEqualTo(6);
        assertThat(rows(their.get("topPages"), "pageId")).containsExactly(theirPage.id() + " Findings 1");
        assertThat(rows(their.get("topNotebooks"), "notebookId")).containsExactly(theirNotebook.id() + " Lab notes 2");
        assertThat(total(my)).isEqualTo(13);
        assertThat(my.toString()).doesNotContain(theirPage.id()).doesNotContain(theirNotebook.id());
    }

    @Test
    void aSecondReadComesFromRedisUntilAnEventEvictsIt() {
        Tenant tenant = quire.registerTenant("Cached Ltd");
        History history = knownHistory(tenant);
        Dashboards.Answer current = dashboards.read(tenant, ACTIVITY + "?consistency=" + history.last().consistency());
        assertThat(current.cache()).isEqualTo("bypass");

        Dashboards.Answer cached = dashboards.readUntil(tenant, ACTIVITY, answer -> answer.cache().equals("hit"));
        String key = "tenant:" + tenant.id() + ":activity:day:" + cached.body().get("from").asText() + ":"
                + cached.body().get("to").asText();
        assertThat(dashboards.cached(key)).isTrue();
        assertThat(total(cached.body())).isEqualTo(13);
        assertThat(cacheCount("hits")).isPositive();
        assertThat(cacheCount("misses")).isPositive();

        quire.createPage(tenant, history.lab(), "Another", "page");

        Eventually.holds("the event evicts " + key, Dashboards.LIMIT,
                () -> !dashboards.cached(key));
        // Read again once the eviction is done with (until then a read goes around the cache).
        Dashboards.Answer fresh = dashboards.readUntil(tenant, ACTIVITY, answer -> answer.cache().equals("miss"));
        assertThat(total(fresh.body())).isEqualTo(14);
        assertThat(byType(fresh.body()).get("PageCreated")).isEqualTo(4L);
        assertThat(dashboards.cached(key)).isTrue();
    }

    @Test
    void badRangesAndBucketsAreRefusedAsProblems() {
        Tenant tenant = quire.registerTenant("Careless Ltd");
        assertThat(problem(quire.get(tenant, ACTIVITY + "?bucket=week"), 400).get("field").asText())
                .isEqualTo("bucket");
        assertThat(problem(quire.get(tenant, ACTIVITY + "?from=yesterday"), 400).get("field").asText())
                .isEqualTo("from");
        assertThat(problem(quire.get(tenant, ACTIVITY + "?to=2025-13-01"), 400).get("field").asText())
                .isEqualTo("to");
        problem(quire.get(tenant, ACTIVITY + "?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z"), 400);
        problem(quire.get(tenant, ACTIVITY + "?from=2025-03-01&to=2025-03-01"), 400);
        problem(quire.get(tenant, ACTIVITY + "?bucket=hour&from=2025-01-01&to=2025-02-01T00:00:01Z"), 400);
        problem(quire.get(tenant, ACTIVITY + "?bucket=day&from=2024-01-01&to=2025-01-02"), 400);
        problem(quire.get(tenant, ACTIVITY + "?from=0001-01-01&to=0001-01-02"), 400);
        problem(quire.get(tenant, ACTIVITY + "?consistency=soon"), 400);

        quire.get(tenant, ACTIVITY + "?bucket=hour&from=2025-01-01&to=2025-02-01").expectStatus().isOk();
        quire.get(tenant, ACTIVITY + "?bucket=day&from=2024-01-01&to=2025-01-01").expectStatus().isOk();
        JsonNode withOffset = web.get()
                .uri(uri -> uri.path(ACTIVITY).queryParam("from", "{from}").queryParam("to", "2025-03-08")
                        .build("2025-03-01T01:30:00+02:00"))
                .header("X-Api-Key", tenant.apiKey()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(withOffset.get("from").asText()).isEqualTo("2025-02-28T00:00:00Z");
    }

    /** A cache counter of the activity dashboard, as the metrics endpoint reports it. */
    private double cacheCount(String outcome) {
        JsonNode metric = web.get()
                .uri("/actuator/metrics/quire.dashboard.cache." + outcome + "?tag=dashboard:activity").exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        return metric.at("/measurements/0/value").asDouble();
    }

    /** Events per type over every bucket. */
    static Map<String, Long> byType(JsonNode activity) {
        Map<String, Long> counts = new TreeMap<>();
        activity.get("buckets").forEach(bucket -> bucket.get("byType").fields().forEachRemaining(
                type -> counts.merge(type.getKey(), type.getValue().asLong(), Long::sum)));
        return counts;
    }

    static long total(JsonNode activity) {
        long total = 0;
        for (JsonNode bucket : activity.get("buckets")) {
            total += bucket.get("total").asLong();
        }
        return total;
    }

    private static List<String> rows(JsonNode top, String id) {
        List<String> rows = new ArrayList<>();
        top.forEach(row -> rows.add(row.get(id).asText() + " " + row.get("title").asText() + " "
                + row.get("events").asLong()));
        return rows;
    }
}
