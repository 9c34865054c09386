package io.quire.query.audit.summary;

import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static io.quire.query.audit.summary.EventSummarizer.quoted;

@Component
class PageSummarizer implements EventSummarizer {

    @Override
    public Optional<String> describe(LoggedEvent event) {
        Object payload = event.payload();
        if (payload instanceof PageCreatedEvent e) {
            return Optional.of("Page " + quoted(e.title()) + " created in notebook " + e.notebookId());
        }
        if (payload instanceof PageEditedEvent e) {
            return Optional.of("Page " + quoted(e.title()) + " edited to version " + e.version());
        }
        if (payload instanceof PageMovedEvent e) {
            return Optional.of("Page " + e.pageId() + " moved to notebook " + e.toNotebookId() + " (version "
                    + e.version() + ")");
        }
        if (payload instanceof PageArchivedEvent e) {
            return Optional.of("Page " + e.pageId() + " archived (version " + e.version() + ")");
        }
        if (payload instanceof PageRestoredEvent e) {
            return Optional.of("Page " + e.pageId() + " restored (version " + e.version() + ")");
        }
        return Optional.empty();
    }
}
