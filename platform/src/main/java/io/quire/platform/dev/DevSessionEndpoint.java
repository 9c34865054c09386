package io.quire.platform.dev;

import io.quire.command.shared.CommandDispatch;
import io.quire.command.tenant.ApiKeySecret;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.tenant.ApiKeyId;
import io.quire.contracts.tenant.IssueApiKeyCommand;
import io.quire.contracts.tenant.RegisterTenantCommand;
import io.quire.contracts.identity.TenantId;
import io.quire.platform.web.UnauthenticatedPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The dev profile's "dev user": one click in the web app signs in as a tenant of its own, without an admin token or
 * a key copied from a terminal. The tenant has a fixed id, so every session reuses it (and its data); each session
 * gets a fresh API key, since secrets are never stored. Outside the dev profile none of this exists.
 */
@RestController
@Profile("dev")
public class DevSessionEndpoint {

    static final String SESSION_PATH = "/api/v1/dev/session";
    static final String PROFILE_PATH = "/api/v1/dev";
    static final TenantId DEV_TENANT =
            new TenantId(UUID.nameUUIDFromBytes("quire:dev-tenant".getBytes(StandardCharsets.UTF_8)));

    private final CommandDispatch dispatch;
    private final DatabaseClient db;

    public DevSessionEndpoint(CommandDispatch dispatch, DatabaseClient db) {
        this.dispatch = dispatch;
        this.db = db;
    }

    public record DevSession(String tenantId, String tenantName, String apiKeyId, String apiKey) {
    }

    @Bean
    static UnauthenticatedPath devSessionPath() {
        return new UnauthenticatedPath(SESSION_PATH);
    }

    @Bean
    static UnauthenticatedPath devProfilePath() {
        return new UnauthenticatedPath(PROFILE_PATH);
    }

    /** Lets the web app find out whether to offer the dev user. */
    @GetMapping(PROFILE_PATH)
    public Map<String, String> profile() {
        return Map.of("profile", "dev");
    }

    @PostMapping(SESSION_PATH)
    public Mono<ResponseEntity<DevSession>> session() {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKeyId keyId = ApiKeyId.random();
        Caller caller = new Caller(DEV_TENANT, "dev", UUID.randomUUID().toString(), UUID.randomUUID().toString());
        return tenantExists().flatMap(exists -> exists
                        ? issueKey(caller, keyId, secret)
                        : register(caller, keyId, secret).onErrorResume(e -> issueKey(caller, keyId, secret)))
                .map(name -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(new DevSession(DEV_TENANT.toString(), name, keyId.toString(), secret.secret())));
    }

    private Mono<Boolean> tenantExists() {
        return db.sql("SELECT count(*) AS n FROM tenant_directory WHERE tenant_id = :id")
                .bind("id", DEV_TENANT.value())
                .map(row -> row.get("n", Long.class) > 0).one();
    }

    private Mono<String> register(Caller caller, ApiKeyId keyId, ApiKeySecret secret) {
        RegisterTenantCommand command = new RegisterTenantCommand(DEV_TENANT, "Dev user", "team", keyId, "dev session",
                secret.prefix(), secret.hash(), "dev@quire.local");
        return dispatch.create(command, caller, DEV_TENANT.toString()).thenReturn("Dev user");
    }

    private Mono<String> issueKey(Caller caller, ApiKeyId keyId, ApiKeySecret secret) {
        IssueApiKeyCommand command = new IssueApiKeyCommand(DEV_TENANT, keyId, "dev session", secret.prefix(),
                secret.hash(), null);
        return dispatch.update(command, caller, "tenant", DEV_TENANT.toString()).thenReturn("Dev user");
    }
}
