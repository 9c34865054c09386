package io.quire.query.eventlog;

import io.quire.contracts.identity.TenantId;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one tenant's events straight from the event store, in stream order. Axon's table has no tenant column; the
 * expression index {@code domain_event_entry_tenant} (Flyway V11, ADR 011) finds a tenant's events without touching
 * any other tenant's, and every query here goes through it.
 */
@Component
public class EventLog {

    /** The condition the tenant index serves; it must stay textually identical to the indexed expression. */
    public static final String TENANT_MATCHES = "quire_event_tenant(payload, meta_data) = :tenant";

    private static final int STREAM_PAGE = 500;
    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, time_stamp, "
            + "payload_type, payload_revision, payload, meta_data";

    private final DatabaseClient db;
    private final EventDecoding decoding;

    public EventLog(DatabaseClient db, EventDecoding decoding) {
        this.db = db;
        this.decoding = decoding;
    }

    /** At most {@code limit} selected events after position {@code after}, oldest first. */
    public Flux<LoggedEvent> page(TenantId tenant, EventSelection selection, long after, int limit) {
        Map<String, Object> binds = new LinkedHashMap<>();
        binds.put("tenant", tenant.value());
        binds.put("after", after);
        binds.put("limit", limit);
        String sql = "SELECT " + COLUMNS + " FROM domain_event_entry WHERE " + TENANT_MATCHES
                + " AND global_index > :after" + conditions(selection, binds) + " ORDER BY global_index LIMIT :limit";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        for (Map.Entry<String, Object> bind : binds.entrySet()) {
            spec = spec.bind(bind.getKey(), bind.getValue());
        }
        return spec.map(this::decode).all();
    }

    /**
     * Every selected event, oldest first, read in pages as the subscriber asks for more: at most two pages are held
     * at once, however many events there are.
     */
    public Flux<LoggedEvent> all(TenantId tenant, EventSelection selection) {
        return nextPage(tenant, selection, -1)
                .expand(page -> page.size() < STREAM_PAGE ? Mono.empty()
                        : nextPage(tenant, selection, page.get(page.size() - 1).position()))
                .concatMapIterable(page -> page, 1);
    }

    private Mono<List<LoggedEvent>> nextPage(TenantId tenant, EventSelection selection, long after) {
        return page(tenant, selection, after, STREAM_PAGE).collectList();
    }

    private static String conditions(EventSelection selection, Map<String, Object> binds) {
        StringBuilder sql = new StringBuilder();
        if (selection.aggregateId() != null) {
            sql.append(" AND aggregate_identifier = :aggregateId");
            binds.put("aggregateId", selection.aggregateId());
        }
        if (!selection.aggregateTypes().isEmpty()) {
            List<String> names = new ArrayList<>();
            int i = 0;
            for (String aggregateType : selection.aggregateTypes()) {
                names.add(":aggregateType" + i);
                binds.put("aggregateType" + i++, aggregateType);
            }
            sql.append(" AND type IN (").append(String.join(", ", names)).append(')');
        }
        if (selection.eventType() != null) {
            // Event names are validated as plain identifiers, so they hold no LIKE wildcards.
            sql.append(" AND (payload_type LIKE :typeWithSuffix OR payload_type LIKE :typeAsIs)");
            binds.put("typeWithSuffix", "%." + selection.eventType() + "Event");
            binds.put("typeAsIs", "%." + selection.eventType());
        }
        if (selection.principal() != null) {
            sql.append(" AND convert_from(meta_data, 'UTF8')::jsonb ->> 'principal' = :principal");
            binds.put("principal", selection.principal());
        }
        // Axon writes time stamps as ISO-8601 text of varying precision, which only sorts right once parsed.
        time(sql, binds, " AND time_stamp::timestamptz >= :from", "from", selection.from());
        time(sql, binds, " AND time_stamp::timestamptz < :to", "to", selection.to());
        time(sql, binds, " AND time_stamp::timestamptz <= :asOf", "asOf", selection.asOf());
        return sql.toString();
    }

    private static void time(StringBuilder sql, Map<String, Object> binds, String condition, String name,
                             Instant value) {
        if (value != null) {
            sql.append(condition);
            binds.put(name, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    private LoggedEvent decode(Readable row) {
        return decoding.decode(row.get("global_index", Long.class), row.get("type", String.class),
                row.get("aggregate_identifier", String.class), row.get("sequence_number", Long.class),
                row.get("time_stamp", String.class), row.get("payload_type", String.class),
                row.get("payload_revision", String.class), row.get("payload", byte[].class),
                row.get("meta_data", byte[].class));
    }
}
