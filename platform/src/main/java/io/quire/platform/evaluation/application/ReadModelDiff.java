package io.quire.platform.evaluation.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.platform.evaluation.application.EvaluationReport.Difference;
import io.quire.platform.evaluation.application.EvaluationReport.Examples;
import io.quire.platform.evaluation.application.EvaluationReport.TableReport;
import io.quire.platform.replay.infrastructure.ReplayProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares a table in two schemas row by row through its primary key, in SQL: counts of missing, extra and
 * different rows, and the first few of each (by key) as JSON. Rows are compared as a whole ({@code to_jsonb}), so
 * every column counts, timestamps and arrays included.
 */
@Component
public class ReadModelDiff {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final int examples;

    public ReadModelDiff(JdbcTemplate jdbc, ObjectMapper json, ReplayProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.examples = properties.examples();
    }

    public TableReport compare(String table, String liveSchema, String replayedSchema) {
        List<String> key = primaryKey(table).stream().map(ReadModelDiff::quote).toList();
        String live = liveSchema + "." + table;
        String replayed = replayedSchema + "." + table;
        String joined = key.stream().map(column -> "l." + column + " = r." + column)
                .collect(Collectors.joining(" AND "));
        String order = key.stream().map(column -> "%1$s." + column).collect(Collectors.joining(", "));
        String onlyLive = " FROM " + live + " l WHERE NOT EXISTS (SELECT 1 FROM " + replayed + " r WHERE " + joined + ")";
        String onlyReplayed = " FROM " + replayed + " r WHERE NOT EXISTS (SELECT 1 FROM " + live + " l WHERE " + joined
                + ")";
        String changed = " FROM " + live + " l JOIN " + replayed + " r ON " + joined + " WHERE to_jsonb(l) <> to_jsonb(r)";
        String keyObject = "jsonb_build_object(" + key.stream()
                .map(column -> "'" + column.substring(1, column.length() - 1).replace("'", "''") + "', l." + column)
                .collect(Collectors.joining(", ")) + ")";
        return new TableReport(table, count("SELECT count(*) FROM " + live), count("SELECT count(*) FROM " + replayed),
                count("SELECT count(*)" + onlyLive), count("SELECT count(*)" + onlyReplayed),
                count("SELECT count(*)" + changed),
                new Examples(
                        rows("SELECT to_jsonb(l)::text" + onlyLive + " ORDER BY " + order.formatted("l")),
                        rows("SELECT to_jsonb(r)::text" + onlyReplayed + " ORDER BY " + order.formatted("r")),
                        jdbc.query("SELECT " + keyObject + "::text AS key, to_jsonb(l)::text AS live, "
                                        + "to_jsonb(r)::text AS replayed" + changed + " ORDER BY "
                                        + order.formatted("l") + " LIMIT " + examples,
                                (row, i) -> new Difference(parse(row.getString("key")), parse(row.getString("live")),
                                        parse(row.getString("replayed"))))));
    }

    /** The primary key's columns; a table without one is compared by all its columns. */
    private List<String> primaryKey(String table) {
        List<String> key = jdbc.queryForList("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = ('public.' || ?)::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey::smallint[], a.attnum)""", String.class, table);
        if (!key.isEmpty()) {
            return key;
        }
        return jdbc.queryForList("""
                SELECT attname FROM pg_attribute WHERE attrelid = ('public.' || ?)::regclass AND attnum > 0
                AND NOT attisdropped ORDER BY attnum""", String.class, table);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private List<JsonNode> rows(String sql) {
        return jdbc.queryForList(sql + " LIMIT " + examples, String.class).stream().map(this::parse).toList();
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL answered a row that is not JSON", e);
        }
    }
}
