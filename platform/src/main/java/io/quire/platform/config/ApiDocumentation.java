package io.quire.platform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
