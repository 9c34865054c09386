package io.quire.platform.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.List;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The web app (the {@code frontend} module, on the classpath under {@code static/}) routes in the browser. A deep link
 * or a reload on one of its routes must still get the app's {@code index.html}; its assets and {@code /} are served
 * as static resources. Every other unknown path, {@code /api/**} above all, stays a problem+json 404.
 */
@Configuration(proxyBeanMethods = false)
public class WebAppRoutes {

    /** The first path segments of the app's routes (frontend/src/routes.tsx). */
    static final List<String> CLIENT_ROUTES = List.of("sign-in", "notebooks", "pages", "decisions", "billing",
            "dashboards", "search", "audit", "admin", "settings");

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    @Bean
    RouterFunction<ServerResponse> webAppFallback() {
        RequestPredicate clientRoute = CLIENT_ROUTES.stream()
                .map(first -> GET("/" + first + "/**"))
                .reduce(RequestPredicate::or)
                .orElseThrow();
        return route(clientRoute, request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(INDEX)
                : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "The web app is not part of this build")));
    }
}
