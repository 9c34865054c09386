package io.quire.platform.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.List;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Serves the web app: its assets, and its {@code index.html} at {@code /} and on every route the app handles in the
 * browser, so that a deep link or a reload works. Every other unknown path, {@code /api/**} above all, stays a
 * problem+json 404.
 */
@Configuration(proxyBeanMethods = false)
public class WebAppRoutes {

    /** The first path segments of the app's routes (frontend/src/routes.tsx). */
    static final List<String> CLIENT_ROUTES = List.of("sign-in", "notebooks", "pages", "decisions", "billing",
            "dashboards", "search", "audit", "admin", "settings");

    private static final String INDEX = "/index.html";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> webApp(WebAppFiles files) {
        RequestPredicate page = CLIENT_ROUTES.stream()
                .map(first -> GET("/" + first + "/**"))
                .reduce(GET("/").or(GET(INDEX)), RequestPredicate::or);
        return route(page, request -> serve(files, INDEX, request))
                .andRoute(GET("/assets/**").or(GET("/favicon.svg")),
                        request -> serve(files, request.path(), request));
    }

    private static Mono<ServerResponse> serve(WebAppFiles files, String path, ServerRequest request) {
        return files.find(path)
                .map(file -> request.headers().header(HttpHeaders.IF_NONE_MATCH).contains(file.etag())
                        ? ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(file.etag()).build()
                        : ServerResponse.ok().contentType(file.type()).eTag(file.etag()).bodyValue(file.body()))
                .orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND,
                        INDEX.equals(path) ? "The web app is not part of this build" : "No such file: " + path)));
    }
}
