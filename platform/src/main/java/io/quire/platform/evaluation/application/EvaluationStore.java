package io.quire.platform.evaluation.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code evaluation} table: each evaluation's request, status, progress and, once done, its report. */
@Component
public class EvaluationStore {

    private static final String COLUMNS = "evaluation_id, projection, tenant_id, up_to, status, position, target, "
            + "report::text AS report, failure, created_at, finished_at";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public EvaluationStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void begin(UUID id, EvaluationRequest request) {
        jdbc.update("""
                        INSERT INTO public.evaluation (evaluation_id, projection, tenant_id, up_to, status, created_at)
                        VALUES (?, ?, ?, ?, 'running', ?)""",
                id, request.projection(), request.tenant(), request.upTo().map(UpTo::text).orElse(null),
                Timestamp.from(clock.instant()));
    }

    public void progress(UUID id, long position, long target) {
        jdbc.update("UPDATE public.evaluation SET position = ?, target = ? WHERE evaluation_id = ?", position, target,
                id);
    }

    public void done(UUID id, EvaluationReport report) {
        jdbc.update("""
                        UPDATE public.evaluation SET status = 'done', report = ?::jsonb, position = target,
                        finished_at = ? WHERE evaluation_id = ?""",
                write(report), Timestamp.from(clock.instant()), id);
    }

    public void failed(UUID id, String failure) {
        jdbc.update("UPDATE public.evaluation SET status = 'failed', failure = ?, finished_at = ? "
                + "WHERE evaluation_id = ?", failure, Timestamp.from(clock.instant()), id);
    }

    /**
     * Marks evaluations that a stopped application left running, started before {@code startedBefore}, as failed;
     * answers their ids.
     */
    public List<UUID> abandonRunning(Instant startedBefore) {
        return jdbc.queryForList("""
                        UPDATE public.evaluation SET status = 'failed', finished_at = ?,
                        failure = 'the application stopped during the evaluation'
                        WHERE status = 'running' AND created_at < ? RETURNING evaluation_id""", UUID.class,
                Timestamp.from(clock.instant()), Timestamp.from(startedBefore));
    }

    public Optional<EvaluationView> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM public.evaluation WHERE evaluation_id = ?",
                (row, i) -> view(row), id).stream().findFirst();
    }

    /** Newest first. */
    public ListPage<EvaluationView> list(ListRequest request) {
        List<EvaluationView> views = request.firstPage()
                ? jdbc.query("SELECT " + COLUMNS + " FROM public.evaluation ORDER BY created_at DESC, "
                + "evaluation_id DESC LIMIT ?", (row, i) -> view(row), request.limit() + 1)
                : jdbc.query("SELECT " + COLUMNS + " FROM public.evaluation WHERE (created_at, evaluation_id) < (?, ?) "
                        + "ORDER BY created_at DESC, evaluation_id DESC LIMIT ?", (row, i) -> view(row),
                Timestamp.from(request.afterInstant()), request.afterUuid(), request.limit() + 1);
        if (views.size() <= request.limit()) {
            return new ListPage<>(views, null);
        }
        EvaluationView last = views.get(request.limit() - 1);
        return new ListPage<>(List.copyOf(views.subList(0, request.limit())),
                ListRequest.cursorAfter(last.createdAt().toString(), last.evaluationId()));
    }

    private EvaluationView view(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        String tenant = row.getString("tenant_id");
        String report = row.getString("report");
        return new EvaluationView(row.getString("evaluation_id"), row.getString("projection"), tenant,
                row.getString("up_to"), row.getString("status"),
                EvaluationView.Progress.of(row.getLong("position"), row.getLong("target")),
                report == null ? null : read(report), row.getString("failure"),
                row.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private String write(EvaluationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (Exception e) {
            throw new IllegalStateException("An evaluation report could not be written as JSON", e);
        }
    }

    private JsonNode read(String report) {
        try {
            return json.readTree(report);
        } catch (Exception e) {
            throw new IllegalStateException("A stored evaluation report is not JSON", e);
        }
    }
}
