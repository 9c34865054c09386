package io.quire.query.shared;

import io.quire.contracts.identity.TenantId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Lists hang under a parent (a workspace's notebooks, a page's decisions). An unknown or foreign parent answers
 * 404, rather than an empty list that would tell nothing apart.
 */
@Component
public class Parents {

    /** The read models a parent can live in, with their id columns; table names never come from a request. */
    public enum Kind {
        WORKSPACE("workspace", "workspace_view", "workspace_id"),
        NOTEBOOK("notebook", "notebook_view", "notebook_id"),
        PAGE("page", "page_view", "page_id");

        private final String noun;
        private final String table;
        private final String idColumn;

        Kind(String noun, String table, String idColumn) {
            this.noun = noun;
            this.table = table;
            this.idColumn = idColumn;
        }
    }

    private final DatabaseClient db;

    public Parents(DatabaseClient db) {
        this.db = db;
    }

    /** Completes when the tenant has this parent; fails with the usual 404 otherwise. */
    public Mono<Void> require(TenantId tenant, Kind kind, UUID id) {
        return db.sql("SELECT 1 FROM " + kind.table + " WHERE tenant_id = :tenant AND " + kind.idColumn + " = :id")
                .bind("tenant", tenant.value()).bind("id", id)
                .map(row -> true).one()
                .switchIfEmpty(Mono.error(() -> NotFound.of(kind.noun, id)))
                .then();
    }
}
