package io.quire.platform.saga;

import io.quire.sagas.directory.DecisionFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Decision facts from the decisions read model; a decision not projected yet is simply not found yet. */
@Component
class JdbcDecisionFacts implements DecisionFacts {

    private final JdbcTemplate jdbc;

    JdbcDecisionFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Facts> find(String tenantId, String decisionId) {
        List<Facts> found = jdbc.query("""
                        SELECT title, workspace_id, proposed_by, approvers FROM decision_view
                        WHERE tenant_id = ? AND decision_id = ?""",
                (row, index) -> new Facts(row.getString("title"), row.getString("workspace_id"),
                        row.getString("proposed_by"), texts(row.getArray("approvers"))),
                UUID.fromString(tenantId), UUID.fromString(decisionId));
        return found.stream().findFirst();
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
