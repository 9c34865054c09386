package io.quire.platform.replay.infrastructure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Copies of a projection's tables in a schema of their own, and the swap that puts them in place of the live ones.
 * A copy is {@code LIKE public.t INCLUDING ALL}: columns, defaults, NOT NULL and CHECK constraints, primary keys,
 * unique constraints and indexes (renamed to the live names, so that later migrations find them), generated columns,
 * storage and comments. What {@code LIKE} cannot copy (triggers, row-level security, foreign keys, views on the
 * table, sequences owned by it) is refused up front rather than silently lost.
 */
@Component
public class ShadowTables {

    private final JdbcTemplate jdbc;

    public ShadowTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Why these tables cannot be copied faithfully, if they cannot. */
    public Optional<String> uncopyable(List<String> tables) {
        for (String table : tables) {
            if (!exists(table)) {
                return Optional.of("table public." + table + " does not exist");
            }
            Optional<String> reason = uncopyable(table);
            if (reason.isPresent()) {
                return Optional.of("public." + table + " has " + reason.get()
                        + ", which a copy made with LIKE would lose");
            }
        }
        return Optional.empty();
    }

    private Optional<String> uncopyable(String table) {
        String relation = "public." + table;
        if (count("SELECT count(*) FROM pg_trigger WHERE tgrelid = ?::regclass AND NOT tgisinternal", relation) > 0) {
            return Optional.of("triggers");
        }
        if (count("SELECT count(*) FROM pg_class WHERE oid = ?::regclass AND relrowsecurity", relation) > 0) {
            return Optional.of("row-level security");
        }
        if (count("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND (conrelid = ?::regclass "
                + "OR confrelid = ?::regclass)", relation, relation) > 0) {
            return Optional.of("foreign keys");
        }
        if (count("""
                SELECT count(*) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
                WHERE d.refobjid = ?::regclass AND r.ev_class <> d.refobjid""", relation) > 0) {
            return Optional.of("views built on it");
        }
        if (count("SELECT count(*) FROM pg_attrdef WHERE adrelid = ?::regclass "
                + "AND pg_get_expr(adbin, adrelid) LIKE 'nextval(%'", relation) > 0) {
            return Optional.of("a serial column");
        }
        return Optional.empty();
    }

    /** Creates {@code schema} afresh with an empty copy of each table. */
    public void create(String schema, List<String> tables) {
        tables.forEach(ShadowTables::requireIdentifier);
        drop(schema);
        jdbc.execute("CREATE SCHEMA " + schema);
        for (String table : tables) {
            jdbc.execute("CREATE TABLE " + schema + "." + table + " (LIKE public." + table + " INCLUDING ALL)");
            renameIndexesLikeLive(schema, table);
        }
    }

    /**
     * Puts the copies in {@code shadow} in place of the live tables, moving those to {@code retired}. Must run in
     * a transaction: the lock makes queries wait (never fail) until it commits, and they then read the new tables.
     */
    public void swap(String shadow, String retired, List<String> tables) {
        jdbc.execute("LOCK TABLE " + String.join(", ", tables.stream().map(t -> "public." + t).toList())
                + " IN ACCESS EXCLUSIVE MODE");
        jdbc.execute("CREATE SCHEMA " + retired);
        for (String table : tables) {
            jdbc.execute("ALTER TABLE public." + table + " SET SCHEMA " + retired);
            jdbc.execute("ALTER TABLE " + shadow + "." + table + " SET SCHEMA public");
        }
    }

    public void drop(String schema) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Copies the live rows into the copy in {@code schema}, optionally only one tenant's. */
    public void copyRows(String schema, String table, UUID tenant) {
        // Generated columns (a search vector, say) refuse values: the copy computes them again from the rest.
        String columns = String.join(", ", storedColumns(table));
        String copy = "INSERT INTO " + schema + "." + table + " (" + columns + ") SELECT " + columns
                + " FROM public." + table;
        if (tenant == null) {
            jdbc.update(copy);
        } else {
            jdbc.update(copy + " WHERE tenant_id = ?", tenant);
        }
    }

    private List<String> storedColumns(String table) {
        return jdbc.queryForList("""
                SELECT quote_ident(a.attname) FROM pg_attribute a
                WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum""", String.class, "public." + table);
    }

    /** LIKE names copied indexes after their columns; they get the live names, matched by definition. */
    private void renameIndexesLikeLive(String schema, String table) {
        Map<String, String> liveByShape = new HashMap<>();
        indexes("public", table).forEach(index -> liveByShape.put(index.shape(), index.name()));
        for (Index copy : indexes(schema, table)) {
            String live = liveByShape.remove(copy.shape());
            if (live != null && !live.equals(copy.name())) {
                jdbc.execute("ALTER INDEX " + schema + "." + quote(copy.name()) + " RENAME TO " + quote(live));
            }
        }
    }

    private record Index(String name, String shape) {
    }

    private List<Index> indexes(String schema, String table) {
        List<Index> found = new ArrayList<>();
        jdbc.query("""
                        SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                        JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                        WHERE n.nspname = ? AND t.relname = ? ORDER BY c.relname""",
                row -> {
                    String definition = row.getString("definition");
                    // "CREATE [UNIQUE] INDEX name ON schema.table USING ..." -> "[UNIQUE] ... USING ..."
                    String shape = (definition.startsWith("CREATE UNIQUE") ? "UNIQUE " : "")
                            + definition.substring(definition.indexOf(" USING "));
                    found.add(new Index(row.getString("name"), shape));
                }, schema, table);
        return found;
    }

    public boolean exists(String table) {
        return count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = ?", table) > 0;
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    /** Table names come from {@code @ReadModel}; anything but a plain lower-case name is a mistake there. */
    private static void requireIdentifier(String table) {
        if (!table.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("@ReadModel names a table that is not a plain identifier: " + table);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
