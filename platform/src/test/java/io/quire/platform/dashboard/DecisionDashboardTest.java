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

import static io.quire.platform.support.Quire.acknowledged;
import static io.quire.platform.support.Quire.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The decisions dashboard over a known history: six decisions of one team, approved, rejected, withdrawn,
 * superseded and still waiting. Times to decision are checked against the decisions' own proposal and decision
 * times, as the event store recorded them.
 */
class DecisionDashboardTest extends ApiTest {

    private static final String DECISIONS = "/api/v1/dashboards/decisions";

    @Autowired
    ReactiveStringRedisTemplate redis;

    private Dashboards dashboards;
    private Tenant author;
    private Tenant alice;
    private Tenant bob;
    private String workspace;

    @BeforeEach
    void aTeam() {
        dashboards = new Dashboards(quire, web, ADMIN_TOKEN, redis);
        author = quire.registerTenant("Deciders Ltd");
        alice = quire.issueApiKey(author, "alice");
        bob = quire.issueApiKey(author, "bob");
        workspace = quire.createWorkspace(author, "Architecture").id();
    }

    /** The known history; answers the decisions by name and the last write. */
    private Map<String, Created> knownHistory() {
        Created approved = propose(List.of(alice));
        acknowledged(quire.post(alice, "/api/v1/decisions/" + approved.id() + "/approve", Map.of()));
        Created rejected = propose(List.of(alice));
        acknowledged(quire.post(alice, "/api/v1/decisions/" + rejected.id() + "/reject", Map.of("reason", "no")));
        Created halfApproved = propose(List.of(alice, bob));
        acknowledged(quire.post(alice, "/api/v1/decisions/" + halfApproved.id() + "/approve", Map.of()));
        Created withdrawn = propose(List.of(bob));
        acknowledged(quire.post(author, "/api/v1/decisions/" + withdrawn.id() + "/withdraw", Map.of()));
        Created untouched = propose(List.of(alice, bob));
        Created successor = propose(List.of(alice));
        Created superseded = acknowledged(web.post().uri("/api/v1/decisions/" + approved.id() + "/supersede")
                .header("X-Api-Key", author.apiKey()).header("If-Match", "\"2\"")
                .bodyValue(Map.of("by", successor.id())).exchange());
        return Map.of("approved", approved, "rejected", rejected, "halfApproved", halfApproved,
                "untouched", untouched, "successor", successor, "last", superseded);
    }

    @Test
    void countsStatusesTimesToDecisionAndTheApproversWaitedOn() {
        Map<String, Created> history = knownHistory();

        JsonNode dashboard = dashboards.read(author, DECISIONS + "?consistency=" + history.get("last").consistency())
                .body();

        assertThat(dashboard.get("byStatus").toString()).isEqualTo(
                "{\"proposed\":3,\"approved\":0,\"rejected\":1,\"withdrawn\":1,\"superseded\":1}");
        // Decided: the first (approved, later superseded) and the rejected one.
        List<Double> seconds = new ArrayList<>(List.of(secondsToDecision(history.get("approved")),
                secondsToDecision(history.get("rejected"))));
        seconds.sort(null);
        assertThat(dashboard.at("/timeToDecision/decided").asLong()).isEqualTo(2);
        assertThat(dashboard.at("/timeToDecision/medianSeconds").asDouble())
                .isCloseTo(percentile(seconds, 0.5), within(1e-6));
        assertThat(dashboard.at("/timeToDecision/p90Seconds").asDouble())
                .isCloseTo(percentile(seconds, 0.9), within(1e-6));

        // Bob: the half-approved and the untouched decision; Alice: the untouched one and the successor.
        JsonNode waitedOn = dashboard.get("waitedOn");
        assertThat(waitedOn).hasSize(2);
        assertThat(waitedOn.at("/0/approver").asText()).isEqualTo(bob.principal());
        assertThat(waitedOn.at("/0/pending").asLong()).isEqualTo(2);
        assertThat(waitedOn.at("/0/oldestSince").asText()).isEqualTo(proposedAt(history.get("halfApproved")));
        assertThat(waitedOn.at("/1/approver").asText()).isEqualTo(alice.principal());
        assertThat(waitedOn.at("/1/pending").asLong()).isEqualTo(2);
        assertThat(waitedOn.at("/1/oldestSince").asText()).isEqualTo(proposedAt(history.get("untouched")));
    }

    @Test
    void withNothingDecidedTheTimesAreNullAndOtherTenantsDecisionsNeverShow() {
        knownHistory();
        Tenant other = quire.registerTenant("Other Ltd");
        Created otherWorkspace = quire.createWorkspace(other, "Architecture");

        JsonNode dashboard = dashboards.read(other, DECISIONS + "?consistency=" + otherWorkspace.consistency()).body();

        assertThat(dashboard.get("byStatus").toString()).isEqualTo(
                "{\"proposed\":0,\"approved\":0,\"rejected\":0,\"withdrawn\":0,\"superseded\":0}");
        assertThat(dashboard.at("/timeToDecision/decided").asLong()).isZero();
        assertThat(dashboard.at("/timeToDecision/medianSeconds").isNull()).isTrue();
        assertThat(dashboard.at("/timeToDecision/p90Seconds").isNull()).isTrue();
        assertThat(dashboard.get("waitedOn")).isEmpty();
    }

    @Test
    void aCachedDashboardIsEvictedByAVote() {
        Map<String, Created> history = knownHistory();
        dashboards.read(author, DECISIONS + "?consistency=" + history.get("last").consistency());
        String key = "tenant:" + author.id() + ":decisions:all";

        Dashboards.Answer cached = dashboards.readUntil(author, DECISIONS, answer -> answer.cache().equals("hit"));
        assertThat(dashboards.cached(key)).isTrue();
        assertThat(cached.body().at("/byStatus/proposed").asLong()).isEqualTo(3);

        acknowledged(quire.post(bob, "/api/v1/decisions/" + history.get("halfApproved").id() + "/approve", Map.of()));

        Eventually.holds("the vote evicts " + key, Dashboards.LIMIT, () -> !dashboards.cached(key));
        Dashboards.Answer fresh = dashboards.readUntil(author, DECISIONS, answer -> answer.cache().equals("miss"));
        assertThat(fresh.body().at("/byStatus/proposed").asLong()).isEqualTo(2);
        assertThat(fresh.body().at("/byStatus/approved").asLong()).isEqualTo(1);
        assertThat(fresh.body().at("/timeToDecision/decided").asLong()).isEqualTo(3);
        assertThat(fresh.body().at("/waitedOn/0/pending").asLong()).isEqualTo(2);
        assertThat(fresh.body().at("/waitedOn/1/pending").asLong()).isEqualTo(1);
    }

    private Created propose(List<Tenant> approvers) {
        return created(quire.post(author, "/api/v1/workspaces/" + workspace + "/decisions", Map.of(
                "title", "Store events in PostgreSQL", "options", List.of("PostgreSQL", "Axon Server"),
                "chosenOption", "PostgreSQL", "approvers", approvers.stream().map(Tenant::principal).toList())));
    }

    private JsonNode decision(Created decision) {
        return quire.read(author, "/api/v1/decisions/" + decision.id(), decision);
    }

    private String proposedAt(Created decision) {
        return decision(decision).get("proposedAt").asText();
    }

    private double secondsToDecision(Created decision) {
        JsonNode detail = quire.get(author, "/api/v1/decisions/" + decision.id()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Duration taken = Duration.between(Instant.parse(detail.get("proposedAt").asText()),
                Instant.parse(detail.get("decidedAt").asText()));
        return taken.toNanos() / 1e9;
    }

    /** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
    private static double percentile(List<Double> sorted, double fraction) {
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
