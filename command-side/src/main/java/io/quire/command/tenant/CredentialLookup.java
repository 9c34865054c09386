package io.quire.command.tenant;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.tenant.ApiKeyId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves presented API keys (through the {@link CredentialCache}), and records when each key was last used without
 * writing on every request.
 */
@Component
public class CredentialLookup {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final DatabaseClient db;
    private final CredentialCache cache;
    private final Clock clock;
    private final Map<ApiKeyId, Instant> lastRecordedUse = new ConcurrentHashMap<>();

    public CredentialLookup(DatabaseClient db, CredentialCache cache, Clock clock) {
        this.db = db;
        this.cache = cache;
        this.clock = clock;
    }

    /** What the key resolved to a moment ago on this node, or null: answered without the database. */
    public Credential remembered(String presentedKey) {
        return cache.get(ApiKeySecret.hashOf(presentedKey));
    }

    /** Looks the key up in the database (and remembers what it finds). */
    public Mono<Credential> find(String presentedKey) {
        String hash = ApiKeySecret.hashOf(presentedKey);
        long readAt = cache.generation();
        return db.sql("""
                        SELECT k.key_id, k.tenant_id, k.revoked_at IS NOT NULL AS revoked, t.status
                        FROM api_key_credential k JOIN tenant_directory t ON t.tenant_id = k.tenant_id
                        WHERE k.key_hash = :hash""")
                .bind("hash", hash)
                .map(row -> new Credential(
                        new ApiKeyId(row.get("key_id", UUID.class)),
                        new TenantId(row.get("tenant_id", UUID.class)),
                        Boolean.TRUE.equals(row.get("revoked", Boolean.class)),
                        "suspended".equals(row.get("status", String.class))))
                .one()
                .doOnNext(found -> cache.put(hash, found, readAt));
    }

    /** Updates {@code last_used_at} at most once a minute per key and node; a failure here never fails a request. */
    public Mono<Void> recordUse(ApiKeyId keyId) {
        Instant now = clock.instant();
        Instant previous = lastRecordedUse.get(keyId);
        if (previous != null && previous.plus(LAST_USED_RESOLUTION).isAfter(now)) {
            return Mono.empty();
        }
        lastRecordedUse.put(keyId, now);
        return db.sql("UPDATE api_key_credential SET last_used_at = :now WHERE key_id = :id")
                .bind("now", now)
                .bind("id", keyId.value())
                .then()
                .onErrorResume(e -> Mono.empty());
    }
}
