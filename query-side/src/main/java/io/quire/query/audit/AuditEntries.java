package io.quire.query.audit;

import io.quire.contracts.audit.AuditEntryView;
import io.quire.query.audit.summary.EventSummaries;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

/** Makes an audit entry of a stored event. */
@Component
class AuditEntries {

    private final EventSummaries summaries;

    AuditEntries(EventSummaries summaries) {
        this.summaries = summaries;
    }

    AuditEntryView of(LoggedEvent event) {
        return new AuditEntryView(event.position(), event.type(), event.aggregateType(), event.aggregateId(),
                event.version(), event.at(), event.principal(), event.correlationId(), event.causationId(),
                summaries.of(event));
    }
}
