package io.quire.platform.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Tenant;
import io.quire.platform.support.probe.DeadLetterProbeProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin platform dashboard: processors against the head of the event store, dead letters, sagas, breakers. */
class PlatformDashboardTest extends ApiTest {

    private static final String PLATFORM = "/api/v1/admin/dashboards/platform";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsEveryTrackingProcessorWithItsPositionAgainstTheHead() {
        Tenant tenant = quire.registerTenant("Watched Ltd");
        quire.createWorkspace(tenant, "Research");

        JsonNode platform = Eventually.until(LIMIT, () -> quire.adminRead(PLATFORM),
                answer -> answer.at("/processors/0/head").asLong() == head());

        List<String> names = new ArrayList<>();
        for (JsonNode processor : platform.get("processors")) {
            names.add(processor.get("name").asText());
            long head = processor.get("head").asLong();
            long position = processor.get("position").asLong();
            assertThat(head).isEqualTo(platform.at("/processors/0/head").asLong());
            assertThat(position).isBetween(0L, head);
            assertThat(processor.get("lagEvents").asLong()).isEqualTo(head - position);
            assertThat(processor.get("lagSeconds").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(processor.get("eventsPerSecond").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(processor.get("status").asText()).isIn("running", "replaying", "error", "stopped");
        }
        assertThat(names).contains("activity", "pages", "decisions", "payment-failures", "dashboard-cache",
                "plan-change-saga", "invoice-payment-saga").doesNotContain("tenant-directory");
        assertThat(names).isSorted();
    }

    @Test
    void aStoppedProcessorShowsHowFarBehindItFalls() {
        StreamingEventProcessor probe = processing.eventProcessor(DeadLetterProbeProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        Tenant tenant = quire.registerTenant("Lagging Ltd");
        probe.shutDown();
        try {
            quire.createWorkspace(tenant, "One");
            quire.createWorkspace(tenant, "Two");

            JsonNode stopped = processor(quire.adminRead(PLATFORM), DeadLetterProbeProjection.PROCESSING_GROUP);
            assertThat(stopped.get("status").asText()).isEqualTo("stopped");
            assertThat(stopped.get("lagEvents").asLong()).isGreaterThanOrEqualTo(2)
                    .isEqualTo(stopped.get("head").asLong() - stopped.get("position").asLong());
            assertThat(stopped.get("lagSeconds").asDouble()).isGreaterThanOrEqualTo(0);
        } finally {
            probe.start();
        }
        JsonNode caughtUp = Eventually.until(LIMIT,
                () -> processor(quire.adminRead(PLATFORM), DeadLetterProbeProjection.PROCESSING_GROUP),
                answer -> answer.get("status").asText().equals("running") && answer.get("lagEvents").asLong() == 0);
        assertThat(caughtUp.get("lagSeconds").asDouble()).isZero();
    }

    @Test
    void aProcessorWhoseTokenLivesInMemoryShowsWhereItStandsHere() {
        Tenant tenant = quire.registerTenant("Followed Ltd");
        quire.createWorkspace(tenant, "Live");
        long head = head();

        JsonNode live = Eventually.until(LIMIT, () -> processor(quire.adminRead(PLATFORM), "live-updates"),
                answer -> answer.get("position").asLong() >= head);
        assertThat(live.get("lagEvents").asLong()).isEqualTo(live.get("head").asLong() - live.get("position").asLong());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = 'live-updates'",
                Long.class)).as("its token is not stored").isZero();
    }

    @Test
    void measuresThroughputOverTheSamplingWindow() {
        Tenant tenant = quire.registerTenant("Busy Ltd");
        JsonNode busy = Eventually.until(LIMIT, () -> {
            quire.createWorkspace(tenant, "More");
            return processor(quire.adminRead(PLATFORM), "workspaces");
        }, answer -> answer.get("eventsPerSecond").asDouble() > 0);
        assertThat(busy.get("eventsPerSecond").asDouble()).isPositive();
    }

    @Test
    void countsSagasByStateDeadLettersAndShowsTheBreakers() {
        Tenant tenant = quire.registerTenant("Upgrading Ltd");
        quire.post(tenant, "/api/v1/billing/payment-method", Map.of("paymentMethod", "pm_card_ok"))
                .expectStatus().isOk();
        quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "team")).expectStatus().isAccepted();
        Eventually.holds("the upgrade saga completes", LIMIT, () -> jdbc.queryForObject(
                "SELECT count(*) FROM saga_run WHERE tenant_id = ?::uuid AND state = 'completed'", Long.class,
                tenant.id()) == 1);

        JsonNode platform = Eventually.until(LIMIT, () -> quire.adminRead(PLATFORM), answer ->
                answer.at("/sagas/running").asLong() == sagas("running")
                        && answer.at("/sagas/completed").asLong() == sagas("completed")
                        && answer.at("/sagas/compensated").asLong() == sagas("compensated")
                        && answer.at("/deadLetters/total").asLong()
                        == quire.adminRead("/api/v1/admin/dead-letters/count").get("total").asLong());
        assertThat(platform.at("/sagas/completed").asLong()).isPositive();

        List<String> breakers = new ArrayList<>();
        platform.get("circuitBreakers").forEach(breaker -> {
            breakers.add(breaker.get("name").asText());
            assertThat(breaker.get("state").asText()).isIn("CLOSED", "OPEN", "HALF_OPEN");
        });
        assertThat(breakers).containsExactly("crm", "email", "payment");
    }

    @Test
    void onlyTheAdminMayLook() {
        Tenant tenant = quire.registerTenant("Nosy Ltd");
        problem(quire.get(tenant, PLATFORM), 401);
    }

    private long head() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class))
                .orElse(0L);
    }

    private long sagas(String state) {
        return jdbc.queryForObject("SELECT count(*) FROM saga_run WHERE state = ?", Long.class, state);
    }

    private static JsonNode processor(JsonNode platform, String name) {
        for (JsonNode processor : platform.get("processors")) {
            if (processor.get("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("No processor " + name + " in " + platform);
    }
}
