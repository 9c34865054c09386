package io.quire.command.tenant;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lists a tenant's live keys, never their secrets or hashes. */
@Component
public class ApiKeyListing {

    private final DatabaseClient db;

    public ApiKeyListing(DatabaseClient db) {
        this.db = db;
    }

    public record ApiKeyView(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
    }

    public Mono<ListPage<ApiKeyView>> list(TenantId tenantId, ListRequest request) {
        String after = request.firstPage() ? "" : "AND (created_at, key_id) > (:afterAt, :afterId)";
        DatabaseClient.GenericExecuteSpec query = db.sql("""
                        SELECT key_id, name, prefix, created_at, last_used_at FROM api_key_credential
                        WHERE tenant_id = :tenant AND revoked_at IS NULL %s
                        ORDER BY created_at, key_id LIMIT :limit""".formatted(after))
                .bind("tenant", tenantId.value())
                .bind("limit", request.limit() + 1);
        if (!request.firstPage()) {
            query = query.bind("afterAt", request.afterInstant()).bind("afterId", request.afterUuid());
        }
        return query.map(row -> new ApiKeyView(row.get("key_id", UUID.class).toString(),
                        row.get("name", String.class), row.get("prefix", String.class),
                        row.get("created_at", Instant.class), row.get("last_used_at", Instant.class)))
                .all().collectList()
                .map(rows -> page(rows, request.limit()));
    }

    private static ListPage<ApiKeyView> page(List<ApiKeyView> rows, int limit) {
        if (rows.size() <= limit) {
            return new ListPage<>(rows, null);
        }
        ApiKeyView last = rows.get(limit - 1);
        return new ListPage<>(rows.subList(0, limit), ListRequest.cursorAfter(last.createdAt().toString(), last.id()));
    }
}
