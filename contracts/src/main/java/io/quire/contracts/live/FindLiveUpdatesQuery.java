package io.quire.contracts.live;

import io.quire.contracts.identity.TenantId;

import java.util.Set;

/**
 * Follows what happens in one tenant, as it happens: a subscription whose updates are {@link LiveUpdateView}s of
 * that tenant only. Its first answer is the event store's head position at the moment of subscribing.
 *
 * @param tenantId the tenant whose changes are followed, always the caller's own
 * @param topics   the topics asked for, such as {@code page} or {@code dashboards}
 */
public record FindLiveUpdatesQuery(TenantId tenantId, Set<String> topics) {

    public FindLiveUpdatesQuery {
        topics = Set.copyOf(topics);
    }
}
