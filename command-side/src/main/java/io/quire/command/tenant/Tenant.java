package io.quire.command.tenant;

import io.quire.command.shared.Guards;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.NotFoundException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.TextRules;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.tenant.ApiKeyId;
import io.quire.contracts.tenant.ApiKeyIssuedEvent;
import io.quire.contracts.tenant.ApiKeyRevokedEvent;
import io.quire.contracts.tenant.IssueApiKeyCommand;
import io.quire.contracts.tenant.ReactivateTenantCommand;
import io.quire.contracts.tenant.RegisterTenantCommand;
import io.quire.contracts.tenant.RevokeApiKeyCommand;
import io.quire.contracts.tenant.SuspendTenantCommand;
import io.quire.contracts.tenant.TenantReactivatedEvent;
import io.quire.contracts.tenant.TenantRegisteredEvent;
import io.quire.contracts.tenant.TenantSuspendedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tenant: its name, plan, whether it may act, and which of its API keys are live. */
@Aggregate
public class Tenant {

    private static final Set<String> PLANS = Set.of("free", "team", "business");

    @AggregateIdentifier
    private TenantId tenantId;
    private boolean suspended;
    private final Set<ApiKeyId> liveKeys = new HashSet<>();
    private long version;

    @CommandHandler
    public Tenant(RegisterTenantCommand command) {
        TextRules.requireTitle("name", command.name());
        if (command.plan() == null || !PLANS.contains(command.plan())) {
            throw new InvalidInputException("plan", "plan must be one of " + PLANS);
        }
        TextRules.requireTitle("keyName", command.firstKeyName());
        TextRules.optionalEmail("contactEmail", command.contactEmail());
        apply(new TenantRegisteredEvent(command.tenantId(), command.name(), command.plan(), command.contactEmail()));
        apply(new ApiKeyIssuedEvent(command.tenantId(), command.firstKeyId(), command.firstKeyName(),
                command.firstKeyPrefix(), command.firstKeyHash(), command.contactEmail()));
    }

    @CommandHandler
    public long handle(SuspendTenantCommand command) {
        if (suspended) {
            throw new StateConflictException("The tenant is already suspended");
        }
        apply(new TenantSuspendedEvent(tenantId, command.reason()));
        return version;
    }

    @CommandHandler
    public long handle(ReactivateTenantCommand command) {
        if (!suspended) {
            throw new StateConflictException("The tenant is not suspended");
        }
        apply(new TenantReactivatedEvent(tenantId));
        return version;
    }

    @CommandHandler
    public long handle(IssueApiKeyCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), "tenant", tenantId);
        TextRules.requireTitle("name", command.name());
        TextRules.optionalEmail("email", command.email());
        apply(new ApiKeyIssuedEvent(tenantId, command.keyId(), command.name(), command.prefix(), command.keyHash(),
                command.email()));
        return version;
    }

    @CommandHandler
    public long handle(RevokeApiKeyCommand command) {
        Guards.requireOwner(tenantId, command.tenantId(), "tenant", tenantId);
        if (!liveKeys.contains(command.keyId())) {
            throw new NotFoundException("API key", command.keyId());
        }
        apply(new ApiKeyRevokedEvent(tenantId, command.keyId()));
        return version;
    }

    @EventSourcingHandler
    void on(TenantRegisteredEvent event) {
        tenantId = event.tenantId();
        version++;
    }

    @EventSourcingHandler
    void on(TenantSuspendedEvent event) {
        suspended = true;
        version++;
    }

    @EventSourcingHandler
    void on(TenantReactivatedEvent event) {
        suspended = false;
        version++;
    }

    @EventSourcingHandler
    void on(ApiKeyIssuedEvent event) {
        liveKeys.add(event.keyId());
        version++;
    }

    @EventSourcingHandler
    void on(ApiKeyRevokedEvent event) {
        liveKeys.remove(event.keyId());
        version++;
    }

    protected Tenant() {
    }
}
