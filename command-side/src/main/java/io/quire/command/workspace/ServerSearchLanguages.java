package io.quire.command.workspace;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The text search configurations the database server knows, which are the languages a workspace can be searched in.
 * Asked before the command is sent, since the aggregate itself consults nothing outside its events.
 */
@Component
public class ServerSearchLanguages {

    private final DatabaseClient db;

    public ServerSearchLanguages(DatabaseClient db) {
        this.db = db;
    }

    /** Whether an unqualified name resolves to a configuration on the server's search path. */
    public Mono<Boolean> knows(String language) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = :name "
                        + "AND pg_ts_config_is_visible(oid)) AS known")
                .bind("name", language)
                .map(row -> Boolean.TRUE.equals(row.get("known", Boolean.class)))
                .one();
    }
}
