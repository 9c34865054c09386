package io.quire.platform.saga;

import io.quire.sagas.directory.Contacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Contacts from the tenant directory, which the registration and key events keep current. */
@Component
class JdbcContacts implements Contacts {

    private static final String KEY_PRINCIPAL = "key:";

    private final JdbcTemplate jdbc;

    JdbcContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String tenantName(String tenantId) {
        return jdbc.queryForList("SELECT name FROM tenant_directory WHERE tenant_id = ?", String.class,
                UUID.fromString(tenantId)).stream().findFirst().orElse("");
    }

    @Override
    public Optional<String> tenantEmail(String tenantId) {
        return jdbc.queryForList("SELECT contact_email FROM tenant_directory WHERE tenant_id = ?", String.class,
                UUID.fromString(tenantId)).stream().filter(email -> email != null).findFirst();
    }

    @Override
    public Optional<String> principalEmail(String tenantId, String principal) {
        if (principal == null || !principal.startsWith(KEY_PRINCIPAL)) {
            return Optional.empty();
        }
        UUID keyId;
        try {
            keyId = UUID.fromString(principal.substring(KEY_PRINCIPAL.length()));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT email FROM api_key_credential WHERE tenant_id = ? AND key_id = ? "
                        + "AND revoked_at IS NULL", String.class, UUID.fromString(tenantId), keyId)
                .stream().filter(email -> email != null).findFirst();
    }
}
