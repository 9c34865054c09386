package io.quire.platform.config;

import io.quire.query.search.SearchQueryEndpoint;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** The OpenAPI description served at /v3/api-docs, with both ways to authenticate. */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    public OpenAPI quireApi() {
        return new OpenAPI()
                .info(new Info().title("Quire API").version("v1").description("""
                        Event-sourced notebooks, pages and their full history. Tenant endpoints authenticate with \
                        X-Api-Key; /api/v1/admin endpoints with the admin bearer token. Creating POSTs accept \
                        Idempotency-Key; updates need If-Match; every GET accepts ?consistency=<token> from a \
                        command answer. Errors are RFC 9457 application/problem+json."""))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key"))
                        .addSecuritySchemes("adminToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }

    /** The search answer's header that says it ranked only the first matches; the endpoint sets it by hand. */
    @Bean
    public OpenApiCustomizer searchRankingCapHeader() {
        return api -> Optional.ofNullable(api.getPaths()).map(paths -> paths.get("/api/v1/search"))
                .map(PathItem::getGet).map(Operation::getResponses).map(responses -> responses.get("200"))
                .ifPresent(ok -> ok.addHeaderObject(SearchQueryEndpoint.PARTIAL_HEADER, new Header()
                        .description("Sent when the search had more matches than Quire ranks "
                                + "(quire.search.max-ranked): the results are the best of this many matches found "
                                + "first. Add a word or a filter to rank them all.")
                        .schema(new IntegerSchema())));
    }
}
