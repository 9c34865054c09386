package io.quire.command.tenant;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.identity.TenantId;
import io.quire.contracts.tenant.ApiKeyId;
import io.quire.contracts.tenant.ReactivateTenantCommand;
import io.quire.contracts.tenant.RegisterTenantCommand;
import io.quire.contracts.tenant.SuspendTenantCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Set;

/** Platform administration of tenants, behind the admin bearer token. */
@RestController
@RequestMapping("/api/v1/admin/tenants")
public class AdminTenantEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;

    public AdminTenantEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
    }

    public record RegisterTenantRequest(String name, String plan, String contactEmail) {
    }

    public record RegisteredTenant(String tenantId, String apiKeyId, String apiKey, String plan, String consistency) {
    }

    public record SuspendTenantRequest(String reason) {
    }

    @PostMapping
    public Mono<ResponseEntity<?>> register(@RequestBody RegisterTenantRequest request,
                                            @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
                                            @RequestAttribute(Caller.ATTRIBUTE) Caller admin) {
        String plan = request.plan() == null ? "free" : request.plan();
        return idempotency.run("admin", key, request, Set.of("apiKey"), id -> {
            TenantId tenantId = new TenantId(id);
            ApiKeySecret secret = ApiKeySecret.generate();
            ApiKeyId keyId = ApiKeyId.random();
            RegisterTenantCommand command = new RegisterTenantCommand(tenantId, request.name(), plan, keyId,
                    "default", secret.prefix(), secret.hash(), request.contactEmail());
            return dispatch.create(command, actingOn(admin, tenantId), tenantId.toString())
                    .map(ack -> ResponseEntity.created(URI.create("/api/v1/admin/tenants/" + tenantId))
                            .body(new RegisteredTenant(tenantId.toString(), keyId.toString(), secret.secret(), plan,
                                    ack.consistency())));
        });
    }

    @PostMapping("/{tenantId}/suspend")
    public Mono<ResponseEntity<?>> suspend(@PathVariable String tenantId,
                                           @RequestBody(required = false) SuspendTenantRequest request,
                                           @RequestAttribute(Caller.ATTRIBUTE) Caller admin) {
        TenantId id = Ids.parse(tenantId, "tenant", TenantId::parse);
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return dispatch.update(new SuspendTenantCommand(id, reason), actingOn(admin, id), "tenant", tenantId)
                .map(Answers::changed);
    }

    @PostMapping("/{tenantId}/reactivate")
    public Mono<ResponseEntity<?>> reactivate(@PathVariable String tenantId,
                                              @RequestAttribute(Caller.ATTRIBUTE) Caller admin) {
        TenantId id = Ids.parse(tenantId, "tenant", TenantId::parse);
        return dispatch.update(new ReactivateTenantCommand(id), actingOn(admin, id), "tenant", tenantId)
                .map(Answers::changed);
    }

    private static Caller actingOn(Caller admin, TenantId tenantId) {
        return new Caller(tenantId, admin.principal(), admin.requestId(), admin.correlationId());
    }
}
