package io.quire.query.audit.summary;

import io.quire.query.eventlog.LoggedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The readable sentence of an audit entry: the first summarizer that knows the event says what happened, or a generic
 * sentence names its type and aggregate; then who did it.
 */
@Component
public class EventSummaries {

    private static final Logger log = LoggerFactory.getLogger(EventSummaries.class);

    private final List<EventSummarizer> summarizers;

    public EventSummaries(List<EventSummarizer> summarizers) {
        this.summarizers = List.copyOf(summarizers);
    }

    public String of(LoggedEvent event) {
        String what = specific(event).orElseGet(() -> generic(event));
        return event.principal() == null ? what : what + " by " + event.principal();
    }

    private Optional<String> specific(LoggedEvent event) {
        try {
            for (EventSummarizer summarizer : summarizers) {
                Optional<String> sentence = summarizer.describe(event);
                if (sentence.isPresent()) {
                    return sentence;
                }
            }
        } catch (RuntimeException e) {
            // A payload that no longer decodes must not hide the entry from the audit; the generic sentence still
            // says what it was.
            log.warn("Could not summarize event at position {}: {}", event.position(), e.toString());
        }
        return Optional.empty();
    }

    private static String generic(LoggedEvent event) {
        if (event.aggregateType() == null) {
            return event.type();
        }
        return event.type() + " on " + event.aggregateType() + " " + event.aggregateId() + " (version "
                + event.version() + ")";
    }
}
