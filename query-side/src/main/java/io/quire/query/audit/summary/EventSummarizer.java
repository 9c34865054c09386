package io.quire.query.audit.summary;

import io.quire.query.eventlog.LoggedEvent;

import java.util.Optional;

/**
 * Says in words what one family of events means: "Page 'Roadmap' edited to version 3". An event a summarizer does not
 * know is left to the next one, and in the end to a generic sentence, so a new event type needs no summarizer at all.
 */
public interface EventSummarizer {

    /** The sentence without its actor (the audit adds "by …"); empty when this summarizer does not know the event. */
    Optional<String> describe(LoggedEvent event);

    /** Quotes a user-given name as the summaries show it. */
    static String quoted(String text) {
        return "'" + text + "'";
    }
}
