package io.quire.platform.replay.infrastructure;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.regex.Pattern;

/**
 * Runs work in a transaction whose connection resolves unqualified table names in another schema. Projections name
 * their tables without a schema ({@code @ReadModel}), so the very same handlers write a shadow or evaluation copy
 * instead of the live tables. The setting is transaction-local: pooled connections never keep it, and a transaction
 * that was already running gets its own setting back afterwards.
 */
@Component
public class SchemaScope {

    private static final Pattern SAFE_SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public SchemaScope(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A schema name made of the given words, safe to write into SQL without quoting. */
    public static String schemaName(String prefix, String words) {
        String name = (prefix + "_" + words).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        String safe = name.length() > 63 ? name.substring(0, 63) : name;
        if (!SAFE_SCHEMA.matcher(safe).matches()) {
            throw new IllegalArgumentException("Not a usable schema name: " + safe);
        }
        return safe;
    }

    /** Runs {@code work} in the current transaction, or a new one, with only {@code schema} on the search path. */
    public void run(String schema, Runnable work) {
        if (!SAFE_SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a usable schema name: " + schema);
        }
        transactions.executeWithoutResult(status -> {
            String previous = jdbc.queryForObject("SELECT current_setting('search_path')", String.class);
            jdbc.queryForObject("SELECT set_config('search_path', ?, true)", String.class, schema);
            work.run();
            // Only after success: a failed statement aborts the transaction, which then rolls back this setting too.
            jdbc.queryForObject("SELECT set_config('search_path', ?, true)", String.class, previous);
        });
    }
}
