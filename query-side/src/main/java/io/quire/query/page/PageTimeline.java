package io.quire.query.page;

import io.quire.contracts.identity.MetaDataKeys;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.page.PageAtVersionView;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageView;
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
        PageView state = null;
        while (events.hasNext() && (state == null || state.version() < last)) {
            DomainEventMessage<?> event = events.next();
            if (event.getPayload() instanceof PageCreatedEvent created && !created.tenantId().equals(caller)) {
                return Map.of();
            }
            state = PageFold.apply(state, event.getPayload(), event.getTimestamp(),
                    (String) event.getMetaData().get(MetaDataKeys.PRINCIPAL));
            if (state == null) {
                return Map.of();
            }
            if (wanted.contains(state.version())) {
                found.put(state.version(), new PageAtVersionView(state.id(), state.version(), state.notebookId(),
                        state.title(), state.body(), state.archived(), state.updatedAt(), state.updatedBy()));
            }
        }
        return found;
    }
}
