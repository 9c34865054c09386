package io.quire.query.audit.summary;

import io.quire.contracts.tenant.ApiKeyIssuedEvent;
import io.quire.contracts.tenant.ApiKeyRevokedEvent;
import io.quire.contracts.tenant.TenantReactivatedEvent;
import io.quire.contracts.tenant.TenantRegisteredEvent;
import io.quire.contracts.tenant.TenantSuspendedEvent;
import io.quire.query.eventlog.LoggedEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static io.quire.query.audit.summary.EventSummarizer.quoted;

/** The tenant itself and its API keys. Secrets and their hashes never appear in a summary. */
@Component
class TenantSummarizer implements EventSummarizer {

    @Override
    public Optional<String> describe(LoggedEvent event) {
        Object payload = event.payload();
        if (payload instanceof TenantRegisteredEvent e) {
            return Optional.of("Tenant " + quoted(e.name()) + " registered on plan " + e.plan());
        }
        if (payload instanceof TenantSuspendedEvent e) {
            return Optional.of("Tenant suspended" + (e.reason() == null ? "" : ": " + e.reason()));
        }
        if (payload instanceof TenantReactivatedEvent) {
            return Optional.of("Tenant reactivated");
        }
        if (payload instanceof ApiKeyIssuedEvent e) {
            return Optional.of("API key " + quoted(e.name()) + " issued as key:" + e.keyId());
        }
        if (payload instanceof ApiKeyRevokedEvent e) {
            return Optional.of("API key key:" + e.keyId() + " revoked");
        }
        return Optional.empty();
    }
}
