package io.quire.query.dashboard;

import io.quire.contracts.billing.ApiUsageRecordedEvent;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.decision.DecisionId;
import io.quire.contracts.page.PageArchivedEvent;
import io.quire.contracts.page.PageCreatedEvent;
import io.quire.contracts.page.PageRestoredEvent;
import io.quire.contracts.tenant.ApiKeyIssuedEvent;
import io.quire.contracts.tenant.ApiKeyRevokedEvent;
import io.quire.query.dashboard.billing.BillingDashboardEndpoint;
import io.quire.query.dashboard.cache.CacheEviction;
import io.quire.query.dashboard.cache.CacheScope;
import io.quire.query.dashboard.cache.ChangedScopes;
import io.quire.query.dashboard.decision.DecisionDashboardEndpoint;
import io.quire.query.decision.DecisionProjection;
import io.quire.query.shared.ReadModel;
import io.quire.query.shared.ReadYourWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Evicts the cached decisions and billing dashboards when events change what they show. Those dashboards read the
 * read models of other processing groups, so evicting when this group sees the event could come before those groups
 * have committed it, and a reader could cache the old rows again. After each batch, this group therefore first waits
 * (as a read with a consistency token would, and as long) until the groups behind the changed dashboards have
 * processed the batch's last event, then evicts. It writes no table.
 */
@Component
// No table: a replay of this group only resets its position, and its reset handler empties the cache it serves.
@ReadModel(tables = {})
@ProcessingGroup(DashboardCacheEviction.PROCESSING_GROUP)
public class DashboardCacheEviction {

    public static final String PROCESSING_GROUP = "dashboard-cache";
    /** Events that change the usage meter, which the billing dashboard shows. */
    private static final Set<Class<?>> METERED = Set.of(PageCreatedEvent.class, PageArchivedEvent.class,
            PageRestoredEvent.class, ApiKeyIssuedEvent.class, ApiKeyRevokedEvent.class);

    private final CacheEviction eviction;
    private final ReadYourWrites consistency;

    public DashboardCacheEviction(CacheEviction eviction, ReadYourWrites consistency) {
        this.eviction = eviction;
        this.consistency = consistency;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        Optional<UUID> tenant = EventFacts.tenant(event);
        if (tenant.isEmpty()) {
            return;
        }
        List<CacheScope> changed = changedBy(event.getPayload(), tenant.get());
        if (!changed.isEmpty()) {
            ChangedScopes.ofCurrentBatch(PROCESSING_GROUP, this::evictOnceSourcesCommitted).add(event, changed);
        }
    }

    private static List<CacheScope> changedBy(Object payload, UUID tenant) {
        String feature = payload.getClass().getPackageName();
        List<CacheScope> changed = new ArrayList<>();
        if (feature.equals(DecisionId.class.getPackageName())) {
            changed.add(CacheScope.tenant(tenant, DecisionDashboardEndpoint.DASHBOARD));
        }
        if (feature.equals(BillingAccountId.class.getPackageName()) || METERED.contains(payload.getClass())) {
            changed.add(CacheScope.tenant(tenant, BillingDashboardEndpoint.DASHBOARD));
        }
        if (feature.equals(BillingAccountId.class.getPackageName()) && !(payload instanceof ApiUsageRecordedEvent)) {
            changed.add(CacheScope.admin(BillingDashboardEndpoint.DASHBOARD));
        }
        return changed;
    }

    private void evictOnceSourcesCommitted(ChangedScopes changed) {
        if (changed.lastPosition() >= 0) {
            // Times out like a consistency read; evicting late beats not evicting.
            consistency.await(Long.toString(changed.lastPosition()), sources(changed.scopes())).block();
        }
        eviction.evict(changed.scopes());
    }

    private static String[] sources(Set<CacheScope> scopes) {
        Set<String> groups = new LinkedHashSet<>();
        for (CacheScope scope : scopes) {
            if (scope.dashboard().equals(DecisionDashboardEndpoint.DASHBOARD)) {
                groups.add(DecisionProjection.PROCESSING_GROUP);
            } else {
                groups.addAll(List.of(BillingDashboardEndpoint.SOURCES));
            }
        }
        return groups.toArray(String[]::new);
    }

    @ResetHandler
    void reset() {
        eviction.evictDashboard(DecisionDashboardEndpoint.DASHBOARD);
        eviction.evictDashboard(BillingDashboardEndpoint.DASHBOARD);
    }
}
