package io.quire.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Starts every request's handling on a Reactor worker instead of inside the Netty read that decoded it.
 * <p>
 * Reactor Netty 1.2 (reactor/reactor-netty#4361) stops reading a kept-alive HTTP/1.1 connection for good when a
 * request that arrived before the previous one had finished is then answered synchronously, within the read. The
 * next request on that connection is never read: a browser tab or a pooled client waits until the connection closes.
 * Browsers send their next request the moment a response arrives, so on loopback this race is common. Handing the
 * start of the handling to another thread means no answer ever completes inside that read; it costs one task hand-off
 * per request. Drop this filter once Quire runs on a Reactor Netty with the fix.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KeptAliveConnections implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.defer(() -> chain.filter(exchange)).subscribeOn(Schedulers.parallel());
    }
}
