package io.quire.command.tenant;

import io.quire.contracts.tenant.ApiKeyIssuedEvent;
import io.quire.contracts.tenant.ApiKeyRevokedEvent;
import io.quire.contracts.tenant.TenantReactivatedEvent;
import io.quire.contracts.tenant.TenantRegisteredEvent;
import io.quire.contracts.tenant.TenantSuspendedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The tenants and credentials that authentication reads. It runs in a subscribing processor, inside the transaction
 * that appends the events, so a key works (and a revoked key stops working) the moment its command is answered: a
 * revocation, suspension or reactivation also empties the {@link CredentialCache}.
 */
@Component
@ProcessingGroup(TenantDirectoryProjection.PROCESSING_GROUP)
public class TenantDirectoryProjection {

    public static final String PROCESSING_GROUP = "tenant-directory";

    private final JdbcTemplate jdbc;
    private final CredentialCache cache;

    public TenantDirectoryProjection(JdbcTemplate jdbc, CredentialCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    @EventHandler
    void on(TenantRegisteredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO tenant_directory (tenant_id, name, plan, status, contact_email, created_at)
                VALUES (?, ?, ?, 'active', ?, ?) ON CONFLICT (tenant_id) DO NOTHING""",
                event.tenantId().value(), event.name(), event.plan(), event.contactEmail(), Timestamp.from(at));
    }

    @EventHandler
    void on(TenantSuspendedEvent event) {
        jdbc.update("UPDATE tenant_directory SET status = 'suspended' WHERE tenant_id = ?", event.tenantId().value());
        cache.invalidate();
    }

    @EventHandler
    void on(TenantReactivatedEvent event) {
        jdbc.update("UPDATE tenant_directory SET status = 'active' WHERE tenant_id = ?", event.tenantId().value());
        cache.invalidate();
    }

    @EventHandler
    void on(ApiKeyIssuedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO api_key_credential (key_id, tenant_id, name, prefix, key_hash, email, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING""",
                event.keyId().value(), event.tenantId().value(), event.name(), event.prefix(), event.keyHash(),
                event.email(), Timestamp.from(at));
    }

    @EventHandler
    void on(ApiKeyRevokedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("UPDATE api_key_credential SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                Timestamp.from(at), event.keyId().value());
        cache.invalidate();
    }
}
