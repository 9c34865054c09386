package io.quire.bench.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated events are exactly what Quire would have stored: each payload reads as its event record and writes
 * back byte for byte as Quire's Jackson serializer writes it, the metadata names tenant and principal, and every
 * aggregate's events count up from sequence 0 with the versions the aggregates give them.
 */
class SyntheticHistoryTest {

    /** Configured as Spring Boot configures Quire's mapper (application.yml), which Axon's serializer uses. */
    private final ObjectMapper quire = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private static final List<EventRow> rows = generate(20_000);

    @Test
    void everyPayloadIsAnEventRecordWrittenExactlyAsQuireWritesIt() throws Exception {
        for (EventRow row : rows) {
            Object event = quire.readValue(row.payload(), Class.forName(row.payloadType()));
            assertThat(quire.writeValueAsString(event)).as(row.payloadType())
                    .isEqualTo(new String(row.payload(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void metadataCarriesTheTenantOfThePayloadAndWhoActed() throws Exception {
        for (EventRow row : rows) {
            JsonNode metaData = quire.readTree(row.metaData());
            JsonNode payload = quire.readTree(row.payload());
            assertThat(metaData.get("tenantId").asText()).isEqualTo(payload.get("tenantId").get("value").asText());
            assertThat(metaData.get("principal").asText()).matches("admin|key:[0-9a-f-]{36}");
            assertThat(metaData.get("requestId").asText()).isEqualTo(metaData.get("correlationId").asText());
            assertThat(metaData.get("causationId").asText()).isNotBlank();
        }
    }

    @Test
    void eachAggregateCountsItsEventsFromZeroAndItsVersionsFromOne() throws Exception {
        Map<UUID, Long> next = new HashMap<>();
        Instant previous = Instant.MIN;
        for (EventRow row : rows) {
            assertThat(row.sequence()).isEqualTo(next.getOrDefault(row.aggregateId(), 0L));
            next.put(row.aggregateId(), row.sequence() + 1);
            JsonNode version = quire.readTree(row.payload()).get("version");
            if (version != null) {
                assertThat(version.asLong()).isEqualTo(row.sequence() + 1);
            }
            assertThat(row.at()).isAfterOrEqualTo(previous);
            previous = row.at();
        }
    }

    @Test
    void aMillionEventsMakeAHundredThousandPagesOfAHundredTenants() {
        HistoryPlan plan = HistoryPlan.forEvents(1_000_000);
        assertThat(plan.pages()).isEqualTo(100_000);
        assertThat(plan.tenants()).isEqualTo(100);
        assertThat(plan.decisions()).isEqualTo(10_000);
    }

    private static List<EventRow> generate(int events) {
        SyntheticHistory history = new SyntheticHistory(HistoryPlan.forEvents(events), 20261122L,
                Instant.parse("2026-06-01T00:00:00Z"), Duration.ofDays(180));
        List<EventRow> rows = new ArrayList<>();
        while (history.hasNext()) {
            rows.add(history.next());
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(events);
        return rows;
    }
}
