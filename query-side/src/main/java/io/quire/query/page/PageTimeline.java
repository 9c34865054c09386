package io.quire.query.page;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageAtVersionView;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageEditedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Rebuilds a page as it was at past versions by folding its events from the event store: the event log, not a
 * read model, is the record of what a page said.
 */
@Component
public class PageTimeline {

    private final EventStore eventStore;

    public PageTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The page at each wanted version, in one pass over its events. Versions that never existed, and pages of other
     * tenants, are simply absent from the answer.
     */
    public Map<Long, PageAtVersionView> at(TenantId caller, String pageId, Collection<Long> wanted) {
        Map<Long, PageAtVersionView> found = new HashMap<>();
        long last = wanted.stream().mapToLong(Long::longValue).max().orElse(0);
        // From sequence 0: readEvents(pageId) would start at the page's latest snapshot, not at its first version.
        DomainEventStream events = eventStore.readEvents(pageId, 0);
        PageAtVersionView state = null;
        while (events.hasNext() && (state == null || state.version() < last)) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof PageCreatedEvent created && !created.tenantId().equals(caller)) {
                return Map.of();
            }
            state = fold(state, event);
            if (state == null) {
                return Map.of();
            }
            if (wanted.contains(state.version())) {
                found.put(state.version(), state);
            }
        }
        return found;
    }


    private static PageAtVersionView fold(PageAtVersionView state, DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        String by = (String) message.getMetaData().get(MetaDataKeys.PRINCIPAL);
        if (payload instanceof PageCreatedEvent e) {
            return new PageAtVersionView(e.pageId().toString(), e.version(), e.notebookId().toString(), e.title(),
                    e.body(), false, message.getTimestamp(), by);
        }
        if (state == null) {
            return null;
        }
        if (payload instanceof PageEditedEvent e) {
            return new PageAtVersionView(state.id(), e.version(), state.notebookId(), e.title(), e.body(),
                    state.archived(), message.getTimestamp(), by);
        }
        if (payload instanceof PageMovedEvent e) {
            return new PageAtVersionView(state.id(), e.version(), e.toNotebookId().toString(), state.title(),
                    state.body(), state.archived(), message.getTimestamp(), by);
        }
        if (payload instanceof PageArchivedEvent e) {
            return new PageAtVersionView(state.id(), e.version(), state.notebookId(), state.title(), state.body(),
                    true, message.getTimestamp(), by);
        }
        if (payload instanceof PageRestoredEvent e) {
            return new PageAtVersionView(state.id(), e.version(), state.notebookId(), state.title(), state.body(),
                    false, message.getTimestamp(), by);
        }
        return state;
    }
}
