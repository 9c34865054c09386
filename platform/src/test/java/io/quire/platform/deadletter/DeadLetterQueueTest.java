package io.quire.platform.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.probe.DeadLetterProbeProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection handler that fails on an event (a bug, bad data) dead-letters it: the rest of that aggregate's
 * events queue behind it, other aggregates go on, and an operator can retry the letters once the cause is fixed or
 * evict them. The failing handler leaves none of its writes behind. A transient failure, and a dead letter that
 * cannot be written, fail the batch instead, so nothing is lost.
 */
class DeadLetterQueueTest extends ApiTest {

    private static final String GROUP = DeadLetterProbeProjection.PROCESSING_GROUP;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Autowired
    DeadLetterProbeProjection probe;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> markers = new ArrayList<>();

    @AfterEach
    void cureEverything() {
        markers.forEach(probe::cure);
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsSequenceWhileOtherAggregatesGoOn() {
        String marker = poisonMarker();
        Tenant tenant = quire.registerTenant("Dead letters");
        Created poisoned = quire.createWorkspace(tenant, "Poisoned " + marker);
        Created renamed = quire.renameWorkspace(tenant, poisoned.id(), 1, "Renamed " + marker);
        Created healthy = quire.createWorkspace(tenant, "Healthy");

        awaitProbeHolds(healthy);
        List<JsonNode> letters = lettersOf(poisoned.id());
        assertThat(letters).hasSize(2);
        JsonNode failed = letters.get(0);
        assertThat(failed.get("processingGroup").asText()).isEqualTo(GROUP);
        assertThat(failed.get("id").asText()).isNotBlank();
        assertThat(failed.get("eventType").asText()).endsWith("WorkspaceCreatedEvent");
        assertThat(failed.get("aggregateId").asText()).isEqualTo(poisoned.id());
        assertThat(failed.get("globalIndex").asText()).isEqualTo(poisoned.consistency());
        assertThat(failed.get("causeType").asText()).isNotBlank();
        assertThat(failed.get("causeMessage").asText()).contains("division by zero");
        assertThat(failed.get("retries").asLong()).isZero();
        assertThat(failed.get("enqueuedAt").asText()).isNotBlank();
        JsonNode waiting = letters.get(1);
        assertThat(waiting.get("eventType").asText()).endsWith("WorkspaceRenamedEvent");
        assertThat(waiting.get("globalIndex").asText()).isEqualTo(renamed.consistency());
        assertThat(waiting.get("causeType").isNull()).isTrue();

        assertThat(probe.nameOf(poisoned.id())).as("the failed handler's own insert was rolled back").isEmpty();
        JsonNode projected = quire.read(tenant, "/api/v1/workspaces/" + poisoned.id(), renamed);
        assertThat(projected.get("name").asText()).as("other projections are not held up")
                .isEqualTo("Renamed " + marker);
        evict(poisoned);
    }

    @Test
    void aWriteThatFailsOnlyWhenTheBatchCommitsIsDeadLetteredToo() {
        String marker = "poison-at-commit-" + UUID.randomUUID();
        markers.add(marker);
        probe.poisonAtCommit(marker);
        Tenant tenant = quire.registerTenant("Deferred poison");
        Created poisoned = quire.createWorkspace(tenant, "Poisoned " + marker);
        Created healthy = quire.createWorkspace(tenant, "Healthy");

        awaitProbeHolds(healthy);
        List<JsonNode> letters = lettersOf(poisoned.id());
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).get("causeMessage").asText()).contains("division by zero");
        assertThat(probe.nameOf(poisoned.id())).as("the failed handler's immediate insert was rolled back").isEmpty();
        evict(poisoned);
    }

    @Test
    void retryingAfterTheCauseIsFixedHandlesTheSequenceInOrderAndEmptiesIt() {
        String marker = poisonMarker();
        Tenant tenant = quire.registerTenant("Retry");
        Created poisoned = quire.createWorkspace(tenant, "Poisoned " + marker);
        quire.renameWorkspace(tenant, poisoned.id(), 1, "Renamed " + marker);
        awaitProbeHolds(quire.createWorkspace(tenant, "Healthy"));
        assertThat(lettersOf(poisoned.id())).hasSize(2);

        JsonNode stillPoisoned = retry();
        assertThat(stillPoisoned.get("stillFailing").asInt()).isGreaterThanOrEqualTo(1);
        List<JsonNode> afterFailedRetry = lettersOf(poisoned.id());
        assertThat(afterFailedRetry).hasSize(2);
        assertThat(afterFailedRetry.get(0).get("retries").asLong()).isEqualTo(1);

        probe.cure(marker);
        JsonNode cured = retry();
        assertThat(cured.get("processingGroup").asText()).isEqualTo(GROUP);
        assertThat(cured.get("succeeded").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(lettersOf(poisoned.id())).isEmpty();
        assertThat(probe.nameOf(poisoned.id())).contains("Renamed " + marker);
    }

    @Test
    void evictingASequenceDropsItsLettersAndItsLaterEventsAreHandledAgain() {
        String marker = poisonMarker();
        Tenant tenant = quire.registerTenant("Evict");
        Created poisoned = quire.createWorkspace(tenant, "Poisoned " + marker);
        awaitProbeHolds(quire.createWorkspace(tenant, "Healthy"));
        assertThat(lettersOf(poisoned.id())).hasSize(1);

        JsonNode evicted = evict(poisoned);
        assertThat(evicted.get("evicted").asInt()).isEqualTo(1);
        assertThat(evicted.get("sequenceIdentifier").asText()).isEqualTo(poisoned.id());
        assertThat(lettersOf(poisoned.id())).isEmpty();

        quire.renameWorkspace(tenant, poisoned.id(), 1, "Renamed " + marker);
        awaitProbeHolds(quire.createWorkspace(tenant, "Later"));
        assertThat(lettersOf(poisoned.id())).as("the rename is handled, not queued behind a letter").isEmpty();
        assertThat(probe.nameOf(poisoned.id())).as("the evicted creation was never handled").isEmpty();
    }

    @Test
    void aDeadLetterThatCannotBeWrittenFailsTheBatchAndNothingIsSkipped() {
        String marker = poisonMarker();
        Tenant tenant = quire.registerTenant("Unwritable");
        Created poisoned;
        Created after;
        refuseDeadLetters(true);
        try {
            poisoned = quire.createWorkspace(tenant, "Poisoned " + marker);
            after = quire.createWorkspace(tenant, "After");
            Eventually.holds("the poison event is handled again after its batch failed", LIMIT,
                    () -> probe.failedAttempts(marker) >= 2);
            assertThat(probe.nameOf(after.id())).as("the group waits at the poison event").isEmpty();
            assertThat(lettersOf(poisoned.id())).isEmpty();
        } finally {
            refuseDeadLetters(false);
        }
        awaitProbeHolds(after);
        assertThat(lettersOf(poisoned.id())).hasSize(1);
        evict(poisoned);
    }

    @Test
    void aTransientFailureFailsTheBatchAndIsNeverDeadLettered() {
        String marker = "timeout-" + UUID.randomUUID();
        markers.add(marker);
        probe.timeOut(marker);
        Tenant tenant = quire.registerTenant("Transient");
        Created slow = quire.createWorkspace(tenant, "Slow " + marker);
        Created after = quire.createWorkspace(tenant, "After");
        Eventually.holds("the timed-out event is handled again after its batch failed", LIMIT,
                () -> probe.failedAttempts(marker) >= 2);
        assertThat(probe.nameOf(after.id())).as("the group waits at the failing event").isEmpty();
        assertThat(lettersOf(slow.id())).isEmpty();

        probe.cure(marker);
        awaitProbeHolds(after);
        assertThat(probe.nameOf(slow.id())).contains("Slow " + marker);
        assertThat(lettersOf(slow.id())).isEmpty();
    }

    private String poisonMarker() {
        String marker = "poison-" + UUID.randomUUID();
        markers.add(marker);
        probe.poison(marker);
        return marker;
    }

    private void awaitProbeHolds(Created workspace) {
        Eventually.holds("the probe projection handles workspace " + workspace.id(), LIMIT,
                () -> probe.nameOf(workspace.id()).isPresent());
    }

    private List<JsonNode> lettersOf(String sequenceIdentifier) {
        JsonNode list = quire.adminGet("/api/v1/admin/dead-letters?group=" + GROUP + "&limit=200")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(list.get("items").size());
        List<JsonNode> letters = new ArrayList<>();
        list.get("items").forEach(item -> {
            if (item.get("sequenceIdentifier").asText().equals(sequenceIdentifier)) {
                letters.add(item);
            }
        });
        return letters;
    }

    private JsonNode evict(Created workspace) {
        return quire.adminPost("/api/v1/admin/dead-letters/" + GROUP + "/" + workspace.id() + "/evict")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode retry() {
        return quire.adminPost("/api/v1/admin/dead-letters/" + GROUP + "/retry")
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** While refused, the dead-letter table rejects every new row, as it would with its database gone. */
    private void refuseDeadLetters(boolean refuse) {
        if (refuse) {
            jdbc.execute("""
                    CREATE FUNCTION refuse_dead_letters() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'dead letters are refused by this test'; END $$""");
            jdbc.execute("""
                    CREATE TRIGGER refuse_dead_letters BEFORE INSERT ON dead_letter_entry
                    FOR EACH ROW EXECUTE FUNCTION refuse_dead_letters()""");
        } else {
            jdbc.execute("DROP TRIGGER IF EXISTS refuse_dead_letters ON dead_letter_entry");
            jdbc.execute("DROP FUNCTION IF EXISTS refuse_dead_letters()");
        }
    }
}
