package io.quire.query.dashboard.activity;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Computes a tenant's activity dashboard from the activity read model; days are sums of their UTC hours. */
@Component
class ActivityQuery {

    static final int TOP = 10;

    private final DatabaseClient db;

    ActivityQuery(DatabaseClient db) {
        this.db = db;
    }

    Mono<ActivityDashboard> read(UUID tenant, ActivityRange range) {
        return Mono.zip(buckets(tenant, range), topPages(tenant, range), topNotebooks(tenant, range))
                .map(parts -> new ActivityDashboard(range.from(), range.to(), range.bucket().parameter(),
                        parts.getT1(), parts.getT2(), parts.getT3()));
    }

    private Mono<List<ActivityDashboard.Bucket>> buckets(UUID tenant, ActivityRange range) {
        return db.sql("""
                        SELECT date_trunc(:unit, hour, 'UTC') AS start, event_type, sum(events)::bigint AS events
                        FROM activity_hour WHERE tenant_id = :tenant AND hour >= :from AND hour < :to
                        GROUP BY 1, 2""")
                .bind("unit", range.bucket().parameter()).bind("tenant", tenant)
                .bind("from", range.from()).bind("to", range.to())
                .map(row -> new Count(row.get("start", Instant.class), row.get("event_type", String.class),
                        row.get("events", Long.class)))
                .all().collectList()
                .map(counts -> {
                    Map<Instant, Map<String, Long>> byStart = new LinkedHashMap<>();
                    range.starts().forEach(start -> byStart.put(start, new TreeMap<>()));
                    counts.forEach(count -> byStart.computeIfAbsent(count.start(), start -> new TreeMap<>())
                            .put(count.type(), count.events()));
                    return byStart.entrySet().stream()
                            .map(bucket -> new ActivityDashboard.Bucket(bucket.getKey(),
                                    bucket.getValue().values().stream().mapToLong(Long::longValue).sum(),
                                    bucket.getValue()))
                            .toList();
                });
    }

    private Mono<List<ActivityDashboard.TopPage>> topPages(UUID tenant, ActivityRange range) {
        return db.sql("""
                        SELECT h.page_id AS id, p.title, sum(h.events)::bigint AS events FROM activity_page_hour h
                        LEFT JOIN activity_page p ON p.page_id = h.page_id AND p.tenant_id = h.tenant_id
                        WHERE h.tenant_id = :tenant AND h.hour >= :from AND h.hour < :to
                        GROUP BY h.page_id, p.title ORDER BY events DESC, h.page_id LIMIT :top""")
                .bind("tenant", tenant).bind("from", range.from()).bind("to", range.to()).bind("top", TOP)
                .map(row -> new ActivityDashboard.TopPage(row.get("id", UUID.class).toString(),
                        row.get("title", String.class), row.get("events", Long.class)))
                .all().collectList();
    }

    private Mono<List<ActivityDashboard.TopNotebook>> topNotebooks(UUID tenant, ActivityRange range) {
        return db.sql("""
                        SELECT h.notebook_id AS id, n.title, sum(h.events)::bigint AS events
                        FROM activity_notebook_hour h
                        LEFT JOIN activity_notebook n ON n.notebook_id = h.notebook_id AND n.tenant_id = h.tenant_id
                        WHERE h.tenant_id = :tenant AND h.hour >= :from AND h.hour < :to
                        GROUP BY h.notebook_id, n.title ORDER BY events DESC, h.notebook_id LIMIT :top""")
                .bind("tenant", tenant).bind("from", range.from()).bind("to", range.to()).bind("top", TOP)
                .map(row -> new ActivityDashboard.TopNotebook(row.get("id", UUID.class).toString(),
                        row.get("title", String.class), row.get("events", Long.class)))
                .all().collectList();
    }

    private record Count(Instant start, String type, long events) {
    }
}
