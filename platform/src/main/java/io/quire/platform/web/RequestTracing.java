package io.quire.platform.web;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.identity.MetaDataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when it is sane), echoes it, and logs one structured
 * line per API request with the request id and tenant id. That line is about a tenth of a create's CPU and a third of
 * its allocation (docs/performance.md); {@code quire.access-log.enabled=false} leaves it out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestTracing implements WebFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    static final String REQUEST_ID_ATTRIBUTE = "quire.request-id";
    static final String CORRELATION_ID_ATTRIBUTE = "quire.correlation-id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger log = LoggerFactory.getLogger("io.quire.access");

    private final boolean accessLog;

    public RequestTracing(@Value("${quire.access-log.enabled:true}") boolean accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = saneOr(exchange.getRequest().getHeaders().getFirst(REQUEST_ID_HEADER),
                UUID.randomUUID().toString());
        String correlationId = saneOr(exchange.getRequest().getHeaders().getFirst(CORRELATION_ID_HEADER), requestId);
        exchange.getAttributes().put(REQUEST_ID_ATTRIBUTE, requestId);
        exchange.getAttributes().put(CORRELATION_ID_ATTRIBUTE, correlationId);
        exchange.getResponse().getHeaders().set(REQUEST_ID_HEADER, requestId);
        long started = System.nanoTime();
        boolean api = accessLog && exchange.getRequest().getPath().value().startsWith("/api/");
        return chain.filter(exchange).doFinally(signal -> {
            if (api) {
                logAccess(exchange, requestId, started);
            }
        });
    }

    private static void logAccess(ServerWebExchange exchange, String requestId, long started) {
        Caller caller = exchange.getAttribute(Caller.ATTRIBUTE);
        var status = exchange.getResponse().getStatusCode();
        log.atInfo()
                .addKeyValue(MetaDataKeys.REQUEST_ID, requestId)
                .addKeyValue(MetaDataKeys.TENANT_ID, caller == null || caller.tenantId() == null ? null : caller.tenantId().toString())
                .addKeyValue("method", exchange.getRequest().getMethod().name())
                .addKeyValue("path", exchange.getRequest().getPath().value())
                .addKeyValue("status", status == null ? 0 : status.value())
                .addKeyValue("durationMs", (System.nanoTime() - started) / 1_000_000)
                .log("request handled");
    }

    private static String saneOr(String candidate, String fallback) {
        return candidate != null && SANE_ID.matcher(candidate).matches() ? candidate : fallback;
    }
}
