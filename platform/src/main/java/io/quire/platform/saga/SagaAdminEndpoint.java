package io.quire.platform.saga;

import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The saga read model for operators: every saga run with its steps, attempts and compensations, and how it ended
 * ({@code running}, {@code completed} or {@code compensated}). Oldest first, with keyset paging.
 */
@RestController
public class SagaAdminEndpoint {

    private static final Set<String> STATES = Set.of("running", "completed", "compensated");
    /** Saga types are kebab-case names; anything else (a NUL byte, say) would only reach the database to fail. */
    private static final Pattern SAGA_TYPE = Pattern.compile("[a-z0-9-]{1,100}");

    private final DatabaseClient db;

    public SagaAdminEndpoint(DatabaseClient db) {
        this.db = db;
    }

    public record SagaStepView(String step, String status, int attempts, String detail, Instant firstAt,
                               Instant updatedAt) {
    }

    public record SagaView(String type, String subject, String tenantId, String state, Instant startedAt,
                           Instant endedAt, int compensations, List<SagaStepView> steps) {
    }

    @GetMapping("/api/v1/admin/sagas")
    public Mono<ListPage<SagaView>> list(@RequestParam(required = false) String state,
                                         @RequestParam(required = false) String type,
                                         @RequestParam(required = false) String tenant,
                                         @RequestParam(required = false) String limit,
                                         @RequestParam(required = false) String cursor) {
        ListRequest request = ListRequest.parse(limit, cursor);
        if (state != null && !STATES.contains(state)) {
            throw new ListRequest.Invalid("state", "state must be one of running, completed, compensated");
        }
        if (type != null && !SAGA_TYPE.matcher(type).matches()) {
            throw new ListRequest.Invalid("type", "type must be a saga type such as plan-change");
        }
        UUID tenantId = tenant == null ? null : tenantId(tenant);
        String sql = "SELECT saga_type, subject, tenant_id, state, started_at, ended_at FROM saga_run WHERE true "
                + (state == null ? "" : "AND state = :state ")
                + (type == null ? "" : "AND saga_type = :type ")
                + (tenantId == null ? "" : "AND tenant_id = :tenant ")
                + (request.firstPage() ? "" : "AND (started_at, saga_type, subject) > (:afterAt, :afterType, :afterSubject) ")
                + "ORDER BY started_at, saga_type, subject LIMIT :limit";
        DatabaseClient.GenericExecuteSpec query = db.sql(sql).bind("limit", request.limit() + 1);
        if (state != null) {
            query = query.bind("state", state);
        }
        if (type != null) {
            query = query.bind("type", type);
        }
        if (tenantId != null) {
            query = query.bind("tenant", tenantId);
        }
        if (!request.firstPage()) {
            String[] after = request.afterId().split("/", 2);
            if (after.length != 2) {
                throw new ListRequest.Invalid("cursor", "cursor is not one this list gave out");
            }
            query = query.bind("afterAt", request.afterInstant()).bind("afterType", after[0])
                    .bind("afterSubject", after[1]);
        }
        return query.map(SagaAdminEndpoint::run).all().collectList()
                .flatMap(runs -> withSteps(runs).map(views -> page(views, request.limit())));
    }

    private Mono<List<SagaView>> withSteps(List<SagaView> runs) {
        if (runs.isEmpty()) {
            return Mono.just(runs);
        }
        // Row by row through the primary key (saga_type, subject, step), never a scan of every step.
        return db.sql("""
                        SELECT s.saga_type, s.subject, s.step, s.status, s.attempts, s.detail, s.first_at, s.updated_at
                        FROM unnest(CAST(:types AS text[]), CAST(:subjects AS text[])) AS r(saga_type, subject)
                        JOIN saga_step s ON s.saga_type = r.saga_type AND s.subject = r.subject
                        ORDER BY s.first_at, s.step""")
                .bind("types", runs.stream().map(SagaView::type).toArray(String[]::new))
                .bind("subjects", runs.stream().map(SagaView::subject).toArray(String[]::new))
                .map(row -> Map.entry(row.get("saga_type", String.class) + "/" + row.get("subject", String.class),
                        new SagaStepView(row.get("step", String.class), row.get("status", String.class),
                                row.get("attempts", Integer.class), row.get("detail", String.class),
                                row.get("first_at", Instant.class), row.get("updated_at", Instant.class))))
                .all().collectList()
                .map(steps -> {
                    Map<String, List<SagaStepView>> byRun = new LinkedHashMap<>();
                    steps.forEach(step -> byRun.computeIfAbsent(step.getKey(), key -> new ArrayList<>())
                            .add(step.getValue()));
                    return runs.stream().map(run -> {
                        List<SagaStepView> own = byRun.getOrDefault(run.type() + "/" + run.subject(), List.of());
                        int compensations = (int) own.stream().filter(s -> s.status().equals("compensated")).count();
                        return new SagaView(run.type(), run.subject(), run.tenantId(), run.state(), run.startedAt(),
                                run.endedAt(), compensations, own);
                    }).toList();
                });
    }

    private static ListPage<SagaView> page(List<SagaView> views, int limit) {
        if (views.size() <= limit) {
            return new ListPage<>(views, null);
        }
        SagaView last = views.get(limit - 1);
        return new ListPage<>(List.copyOf(views.subList(0, limit)),
                ListRequest.cursorAfter(last.startedAt().toString(), last.type() + "/" + last.subject()));
    }

    private static SagaView run(Readable row) {
        return new SagaView(row.get("saga_type", String.class), row.get("subject", String.class),
                row.get("tenant_id", UUID.class).toString(), row.get("state", String.class),
                row.get("started_at", Instant.class), row.get("ended_at", Instant.class), 0, List.of());
    }

    private static UUID tenantId(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new ListRequest.Invalid("tenant", "tenant must be a tenant id");
        }
    }
}
