package io.quire.platform.web;

import io.quire.command.tenant.Credential;
import io.quire.command.tenant.CredentialLookup;
import io.quire.contracts.identity.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Authenticates every {@code /api/} request. Admin paths take the bootstrap admin token as a bearer token; all
 * others take an API key in {@code X-Api-Key}, which resolves to the tenant and principal the request acts as.
 * The tenant never comes from the request itself. Everything outside {@code /api/} (the web app, its assets, the
 * actuator, the API docs) needs no credentials, nor do the few {@link UnauthenticatedPath}s a profile declares.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiAuthentication implements WebFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";
    private static final String ADMIN_PREFIX = "/api/v1/admin/";
    /** A database that stopped answering must cost a client a quick 503, never a hung request. */
    private static final Duration LOOKUP_WITHIN = Duration.ofSeconds(5);

    private final CredentialLookup credentials;
    private final ProblemWriter problems;
    private final byte[] adminToken;
    private final Set<String> unauthenticated;

    public ApiAuthentication(CredentialLookup credentials, ProblemWriter problems,
                             @Value("${quire.admin-token}") String adminToken,
                             ObjectProvider<UnauthenticatedPath> unauthenticated) {
        this.credentials = credentials;
        this.problems = problems;
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
        List<UnauthenticatedPath> open = unauthenticated.orderedStream().toList();
        this.unauthenticated = open.stream().map(UnauthenticatedPath::path).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") || unauthenticated.contains(path)) {
            return chain.filter(exchange);
        }
        String requestId = exchange.getAttribute(RequestTracing.REQUEST_ID_ATTRIBUTE);
        String correlationId = exchange.getAttribute(RequestTracing.CORRELATION_ID_ATTRIBUTE);
        if (path.startsWith(ADMIN_PREFIX) || path.equals(ADMIN_PREFIX.substring(0, ADMIN_PREFIX.length() - 1))) {
            if (!isAdmin(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
                return unauthorized(exchange, "Admin endpoints need 'Authorization: Bearer <admin token>'");
            }
            exchange.getAttributes().put(Caller.ATTRIBUTE, new Caller(null, "admin", requestId, correlationId));
            return chain.filter(exchange);
        }
        String key = exchange.getRequest().getHeaders().getFirst(API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            return unauthorized(exchange, "Send your API key in the X-Api-Key header");
        }
        Credential remembered = credentials.remembered(key.trim());
        Mono<Credential> lookup = remembered != null ? Mono.just(remembered)
                : credentials.find(key.trim()).timeout(LOOKUP_WITHIN);
        return lookup
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return unauthorized(exchange, "This API key is not valid");
                    }
                    Credential credential = found.get();
                    if (credential.revoked()) {
                        return unauthorized(exchange, "This API key has been revoked");
                    }
                    if (credential.tenantSuspended()) {
                        return problems.write(exchange, ProblemWriter.problem(HttpStatus.FORBIDDEN,
                                "tenant-suspended", "This tenant is suspended"));
                    }
                    exchange.getAttributes().put(Caller.ATTRIBUTE,
                            new Caller(credential.tenantId(), credential.principal(), requestId, correlationId));
                    return credentials.recordUse(credential.keyId()).then(chain.filter(exchange));
                });
    }

    private boolean isAdmin(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, adminToken);
    }

    private Mono<Void> unauthorized(ServerWebExchange exchange, String detail) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + API_KEY_HEADER + "\"");
        return problems.write(exchange, ProblemWriter.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
    }
}
