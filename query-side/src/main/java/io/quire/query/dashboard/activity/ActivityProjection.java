package io.quire.query.dashboard.activity;

import io.quire.contracts.billing.ApiUsageRecordedEvent;
import io.quire.contracts.page.PageMovedEvent;
import io.quire.query.dashboard.EventFacts;
import io.quire.query.dashboard.cache.CacheEviction;
import io.quire.query.dashboard.cache.CacheScope;
import io.quire.query.dashboard.cache.ChangedScopes;
import io.quire.query.shared.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Counts every event of every tenant per UTC hour and event type, and per page and notebook, for the activity
 * dashboard. Counters are exact because the processor commits its token in the same transaction as the counts, so
 * no event is counted twice; a replay starts from zero. A batch sums its counts and writes them just before it
 * commits ({@link ActivityCounts}). After each batch commits, the cached activity dashboards of
 * the tenants it touched are evicted.
 */
@Component
@ReadModel(tables = {"activity_hour", "activity_page", "activity_notebook", "activity_page_hour",
        "activity_notebook_hour"})
@ProcessingGroup(ActivityProjection.PROCESSING_GROUP)
public class ActivityProjection {

    public static final String PROCESSING_GROUP = "activity";
    public static final String DASHBOARD = "activity";
    /** Meter readings, published once a minute for each tenant that called the API: the API's use, not activity. */
    private static final Set<Class<?>> NOT_ACTIVITY = Set.of(ApiUsageRecordedEvent.class);

    private final JdbcTemplate jdbc;
    private final ActivityNames names;
    private final CacheEviction eviction;

    public ActivityProjection(JdbcTemplate jdbc, CacheEviction eviction) {
        this.jdbc = jdbc;
        this.names = new ActivityNames(jdbc);
        this.eviction = eviction;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        Object payload = event.getPayload();
        Optional<UUID> owner = NOT_ACTIVITY.contains(payload.getClass()) ? Optional.empty() : EventFacts.tenant(event);
        if (owner.isEmpty()) {
            return;
        }
        UUID tenant = owner.get();
        Timestamp hour = Timestamp.from(event.getTimestamp().truncatedTo(ChronoUnit.HOURS));
        ActivityCounts counts = ActivityCounts.ofCurrentBatch(jdbc);
        if (payload instanceof PageMovedEvent) {
            // The page's earlier events of this batch count for the notebook it is leaving.
            counts.write(jdbc);
        }
        names.note(tenant, payload);
        counts.event(tenant, hour, EventFacts.type(payload));
        Optional<UUID> page = EventFacts.page(payload);
        if (page.isPresent()) {
            counts.page(tenant, hour, page.get());
        } else {
            EventFacts.notebook(payload).ifPresent(notebook -> counts.notebook(tenant, hour, notebook));
        }
        counts.writeNow(jdbc);
        ChangedScopes.ofCurrentBatch(PROCESSING_GROUP, changed -> eviction.evict(changed.scopes()))
                .add(event, List.of(CacheScope.tenant(tenant, DASHBOARD)));
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("activity_hour", "activity_page_hour", "activity_notebook_hour", "activity_page",
                "activity_notebook")) {
            jdbc.update("DELETE FROM " + table);
        }
        eviction.evictDashboard(DASHBOARD);
    }
}
