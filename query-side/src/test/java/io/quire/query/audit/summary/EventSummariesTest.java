package io.quire.query.audit.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.query.eventlog.EventDecoding;
import io.quire.query.eventlog.LoggedEvent;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventSummariesTest {

    private final EventDecoding decoding = new EventDecoding(JacksonSerializer.defaultSerializer(), new ObjectMapper());
    private final EventSummaries summaries = new EventSummaries(List.of(new PageSummarizer(),
            new NotebookSummarizer(), new DecisionSummarizer(), new TenantSummarizer(), new BillingSummarizer()));

    @Test
    void aKnownEventIsToldInItsFamilysWords() {
        LoggedEvent edited = row("Page", "io.quire.contracts.page.PageEditedEvent", """
                {"pageId":{"value":"6f1c2d3e-0000-4000-8000-000000000001"},
                 "tenantId":{"value":"0b7e0000-0000-4000-8000-000000000002"},
                 "title":"Roadmap","body":"…","version":3}""", "{\"principal\":\"key:k1\"}");

        assertThat(summaries.of(edited)).isEqualTo("Page 'Roadmap' edited to version 3 by key:k1");
    }

    @Test
    void anEventNoSummarizerKnowsStillGetsASentence() {
        LoggedEvent unknown = row("Gizmo", "com.example.gizmo.GizmoPolishedEvent", "{\"shine\":7}",
                "{\"principal\":\"key:k2\"}");

        assertThat(summaries.of(unknown)).isEqualTo("GizmoPolished on Gizmo g-1 (version 3) by key:k2");
    }

    @Test
    void anEventOutsideAnyAggregateWithoutAnActorIsNamedByItsType() {
        LoggedEvent published = row(null, "com.example.SomethingNoticed", "{}", null);

        assertThat(summaries.of(published)).isEqualTo("SomethingNoticed");
        assertThat(published.aggregateId()).isNull();
        assertThat(published.version()).isNull();
    }

    private LoggedEvent row(String aggregateType, String payloadType, String payload, String metaData) {
        return decoding.decode(42, aggregateType, "g-1", 2, "2025-05-01T12:00:00.123Z", payloadType, null,
                payload.getBytes(StandardCharsets.UTF_8),
                metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8));
    }
}
