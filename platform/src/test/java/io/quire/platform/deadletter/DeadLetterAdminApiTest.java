package io.quire.platform.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire;
import io.quire.platform.support.probe.DeadLetterProbeProjection;
import io.quire.platform.support.probe.DeadlineProbeSaga;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The shape of the dead-letter admin API, and what it refuses. */
class DeadLetterAdminApiTest extends ApiTest {

    private static final String BASE = "/api/v1/admin/dead-letters";

    @Test
    void theCountNamesEveryDeadLetteredGroupAndOnlyThose() {
        JsonNode count = quire.adminGet(BASE + "/count").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> groups = new ArrayList<>();
        long sum = 0;
        for (JsonNode group : count.get("groups")) {
            groups.add(group.get("processingGroup").asText());
            sum += group.get("deadLetters").asLong();
            assertThat(group.get("sequences").asLong()).isBetween(0L, group.get("deadLetters").asLong());
        }
        assertThat(groups).contains("workspaces", "notebooks", "pages", "page-history", "decisions",
                DeadLetterProbeProjection.PROCESSING_GROUP);
        assertThat(groups).doesNotContain("tenant-directory", DeadlineProbeSaga.PROCESSING_GROUP);
        assertThat(count.get("total").asLong()).isEqualTo(sum);
    }

    @Test
    void theListOfAllGroupsCarriesItsTotalAndLimit() {
        JsonNode list = quire.adminGet(BASE + "?limit=5").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.get("limit").asInt()).isEqualTo(5);
        assertThat(list.get("items").isArray()).isTrue();
        assertThat(list.get("items").size()).isLessThanOrEqualTo(5);
        assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(list.get("items").size());
    }

    @Test
    void everyCallNeedsTheAdminToken() {
        problem(web.get().uri(BASE).exchange(), 401);
        problem(web.post().uri(BASE + "/pages/retry").exchange(), 401);
        Quire.Tenant tenant = quire.registerTenant("Not an admin");
        problem(quire.get(tenant, BASE + "/count"), 401);
    }

    @Test
    void aLimitOutsideOneTo200IsRefused() {
        for (String limit : List.of("0", "201", "-1", "many", "1.5")) {
            JsonNode refused = problem(quire.adminGet(BASE + "?limit=" + limit), 400);
            assertThat(refused.get("type").asText()).isEqualTo("/problems/invalid-input");
            assertThat(refused.get("field").asText()).isEqualTo("limit");
        }
    }

    @Test
    void groupsWithoutADeadLetterQueueAreNotFound() {
        for (String group : List.of("no-such-group", "tenant-directory", DeadlineProbeSaga.PROCESSING_GROUP)) {
            JsonNode missing = problem(quire.adminGet(BASE + "?group=" + group), 404);
            assertThat(missing.get("type").asText()).isEqualTo("/problems/not-found");
            assertThat(missing.get("detail").asText()).contains(group);
            problem(quire.adminPost(BASE + "/" + group + "/retry"), 404);
            problem(quire.adminPost(BASE + "/" + group + "/" + UUID.randomUUID() + "/evict"), 404);
        }
    }

    @Test
    void evictingASequenceWithoutLettersIsNotFound() {
        String sequence = UUID.randomUUID().toString();
        JsonNode missing = problem(quire.adminPost(BASE + "/pages/" + sequence + "/evict"), 404);
        assertThat(missing.get("detail").asText()).contains(sequence);
    }

    @Test
    void retryingAGroupWithNothingToRetryChangesNothing() {
        JsonNode outcome = quire.adminPost(BASE + "/decisions/retry").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(outcome.get("processingGroup").asText()).isEqualTo("decisions");
        assertThat(outcome.get("sequences").asInt()).isZero();
        assertThat(outcome.get("remainingDeadLetters").asLong()).isZero();
    }
}
