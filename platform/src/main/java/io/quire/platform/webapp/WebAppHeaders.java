package io.quire.platform.webapp;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Security and caching headers. Every answer forbids MIME sniffing, framing and referrers. The web app also gets a
 * content security policy that allows only its own origin: it loads no third-party code, talks only to this API, and
 * never puts server text into the page as HTML. Inline styles stay allowed because the chart library positions its
 * elements with them. Vite names assets after their content, so those may be cached for good; the rest must be
 * revalidated, so a new build is picked up at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class WebAppHeaders implements WebFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
            "frame-ancestors 'none'");

    /** Paths served by others (API docs, Swagger UI, operations, sandbox peers), which bring their own rules. */
    private static final List<String> NOT_THE_APP =
            List.of("/api/", "/v3/api-docs", "/swagger-ui", "/webjars/", "/actuator", "/sandbox/");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (NOT_THE_APP.stream().noneMatch(path::startsWith)) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponse().beforeCommit(() -> {
                boolean found = exchange.getResponse().getStatusCode() == null
                        || exchange.getResponse().getStatusCode().is2xxSuccessful();
                headers.set(HttpHeaders.CACHE_CONTROL,
                        found && path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }
}
