package io.quire.platform.evaluation.application;

import io.quire.platform.evaluation.application.EvaluationReport.TableReport;
import io.quire.platform.replay.application.ProjectionGroup;
import io.quire.platform.replay.infrastructure.EventFeed;
import io.quire.platform.replay.infrastructure.ProjectionHandlers;
import io.quire.platform.replay.infrastructure.ReadModelCompletions;
import io.quire.platform.replay.infrastructure.SchemaReplay;
import io.quire.platform.replay.infrastructure.SchemaReplay.Range;
import io.quire.platform.replay.infrastructure.SchemaScope;
import io.quire.platform.replay.infrastructure.ShadowTables;
import io.quire.platform.replay.infrastructure.StoredTokens;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One evaluation. The projection (or its candidate) replays the events into {@code eval_<id>}; that model is
 * compared with a baseline in {@code eval_<id>_base}:
 * <ul>
 *   <li>without {@code upTo}, a copy of the live tables taken in one snapshot together with the live processor's
 *   token, and the replay stops exactly at that token, so both reflect the same events however the live model moves
 *   on meanwhile;</li>
 *   <li>with {@code upTo}, the live projection's own code replayed to the same point, since the live tables cannot
 *   be wound back.</li>
 * </ul>
 * With a tenant, only that tenant's events are replayed and only its rows copied. Both schemas are dropped at the end.
 */
final class EvaluationRun {

    /** What the run needs from the application, gathered once. */
    record Tools(ShadowTables shadows, SchemaReplay replay, ProjectionHandlers handlers, StoredTokens tokens,
                 EventFeed feed, ReadModelDiff diff, EvaluationStore store, JdbcTemplate jdbc,
                 PlatformTransactionManager transactions, ReadModelCompletions completions) {
    }

    private final UUID id;
    private final EvaluationRequest request;
    private final ProjectionGroup group;
    private final ProjectionGroup live;
    private final Tools tools;
    private final String replayed;
    private final String baseline;

    EvaluationRun(UUID id, EvaluationRequest request, ProjectionGroup group, ProjectionGroup live, Tools tools) {
        this.id = id;
        this.request = request;
        this.group = group;
        this.live = live;
        this.tools = tools;
        String suffix = id.toString().replace("-", "").substring(0, 16);
        this.replayed = SchemaScope.schemaName("eval", suffix);
        this.baseline = SchemaScope.schemaName("eval", suffix + "_base");
    }

    static void dropSchemasOf(UUID id, ShadowTables shadows) {
        String suffix = id.toString().replace("-", "").substring(0, 16);
        shadows.drop(SchemaScope.schemaName("eval", suffix));
        shadows.drop(SchemaScope.schemaName("eval", suffix + "_base"));
    }

    void run() {
        try {
            tools.shadows().create(replayed, group.tables());
            tools.shadows().create(baseline, group.tables());
            EvaluationReport report = request.upTo().isPresent() ? againstReplayedLive() : againstLiveTables();
            tools.store().done(id, report);
        } catch (RuntimeException e) {
            tools.store().failed(id, describe(e));
        } finally {
            dropSchemasOf(id, tools.shadows());
        }
    }

    private EvaluationReport againstLiveTables() {
        TrackingToken[] handled = new TrackingToken[1];
        TransactionTemplate snapshot = new TransactionTemplate(tools.transactions());
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.executeWithoutResult(status -> {
            handled[0] = tools.tokens().handledUpTo(live.name()).orElse(null);
            group.tables().forEach(table -> tools.shadows().copyRows(baseline, table, request.tenant()));
        });
        long last = handled[0] == null ? 0 : handled[0].position().orElse(0);
        Set<Long> gaps = handled[0] instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Set.of();
        Predicate<TrackedEventMessage<?>> handledByLive = event -> EventFeed.tokenOf(event).position()
                .stream().noneMatch(gaps::contains);
        replay(group, replayed, new Range(last, handledByLive.and(ofTenant())), last);
        return compare("live", last);
    }

    private EvaluationReport againstReplayedLive() {
        long last = resolve(request.upTo().orElseThrow());
        Range range = new Range(last, ofTenant());
        replay(live, baseline, range, last);
        replay(group, replayed, range, last);
        return compare("replay", last);
    }

    private void replay(ProjectionGroup handlersOf, String schema, Range range, long target) {
        tools.store().progress(id, 0, target);
        tools.replay().replay(schema, tools.handlers().of(handlersOf.handlers()), null, range,
                token -> tools.store().progress(id, Math.min(target, token.position().orElse(0)), target));
        tools.completions().complete(handlersOf.processor(), schema);
    }

    private EvaluationReport compare(String baselineKind, long position) {
        List<TableReport> tables = group.tables().stream()
                .map(table -> tools.diff().compare(table, baseline, replayed))
                .toList();
        return new EvaluationReport(tables.stream().allMatch(TableReport::equal), baselineKind, position, tables);
    }

    /** The last position the replay may go to: the one asked for, or the last event stored by the instant. */
    private long resolve(UpTo upTo) {
        long head = tools.feed().head();
        if (upTo.position() != null) {
            return Math.min(upTo.position(), head);
        }
        Long last = tools.jdbc().queryForObject("SELECT coalesce(max(global_index), 0) "
                + "FROM public.domain_event_entry WHERE time_stamp <= ?", Long.class,
                DateTimeUtils.formatInstant(upTo.instant()));
        return last == null ? 0 : last;
    }

    private Predicate<TrackedEventMessage<?>> ofTenant() {
        UUID tenant = request.tenant();
        return tenant == null ? event -> true : event -> tenant.equals(EventTenants.of(event));
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
