package io.quire.query.live;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workspace a page, notebook or decision lives in. Only their creating event names it, so it is read from there
 * once and remembered: a page never leaves its workspace. Blocking (JDBC); callers keep it off event loops.
 */
@Component
class WorkspaceOf {

    private static final Set<String> WORKSPACE_MEMBERS = Set.of("Page", "Notebook", "Decision");
    private static final int REMEMBERED = 10_000;

    private final JdbcTemplate jdbc;
    private final Map<String, String> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    WorkspaceOf(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace id, or {@code null} for aggregates that live in no workspace. */
    String of(String aggregateType, String aggregateId) {
        if ("Workspace".equals(aggregateType)) {
            return aggregateId;
        }
        if (!WORKSPACE_MEMBERS.contains(aggregateType)) {
            return null;
        }
        synchronized (known) {
            String remembered = known.get(aggregateId);
            if (remembered != null) {
                return remembered;
            }
        }
        List<String> found = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb -> 'workspaceId' ->> 'value' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class, aggregateId);
        String workspace = found.isEmpty() ? null : found.get(0);
        if (workspace != null) {
            synchronized (known) {
                known.put(aggregateId, workspace);
            }
        }
        return workspace;
    }
}
