package io.quire.command.page;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How pages are loaded. A page is edited many times, and loading it reads its whole history, so every
 * {@code quire.snapshots.page-threshold} events (default 20; 0 turns snapshots off) the page's state is stored as a
 * snapshot and later loads start from there: at 100, a busy page's load read 50 events on average, and updates ran at
 * 290/s against 490–540/s at 20 (B2, docs/performance.md). {@code quire.aggregates.cache.enabled=true} also keeps loaded pages in
 * memory; that is only safe when each page's commands always reach the same node (one node, or Axon Server's
 * routing), so it is off by default (docs/adr/016-page-snapshots-and-an-opt-in-aggregate-cache.md).
 */
@Configuration(proxyBeanMethods = false)
class PageRepositoryTuning {

    static final String SNAPSHOT_TRIGGER = "pageSnapshotTrigger";
    static final String CACHE = "pageCache";

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition pageSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${quire.snapshots.page-threshold:20}") int threshold) {
        return threshold > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, threshold)
                : NoSnapshotTriggerDefinition.INSTANCE;
    }

    @Bean(CACHE)
    Cache pageCache(@Value("${quire.aggregates.cache.enabled:false}") boolean enabled) {
        return enabled ? new WeakReferenceCache() : NoCache.INSTANCE;
    }
}
