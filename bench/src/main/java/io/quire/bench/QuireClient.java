package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few calls the benchmarks make against a running Quire, over plain HTTP. */
final class QuireClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    QuireClient(String base) {
        this.base = base;
    }

    /** Registers a tenant and answers its API key. */
    String registerTenant(String adminToken, String name) throws Exception {
        return register(adminToken, name).get("apiKey").asText();
    }

    /** Registers a tenant and answers the registration: {@code tenantId}, {@code apiKey} and {@code apiKeyId}. */
    JsonNode register(String adminToken, String name) throws Exception {
        return registerTenantWith(adminToken, "{\"name\":\"" + name + "\"}");
    }

    /** Registers a tenant and answers the registration: {@code tenantId}, {@code apiKeyId}, {@code apiKey}. */
    JsonNode registration(String adminToken, String name) throws Exception {
        return register(adminToken, name);
    }

    /** Registers a tenant from a JSON body and answers {@code {tenantId, apiKeyId, apiKey}}. */
    JsonNode registerTenantWith(String adminToken, String body) throws Exception {
        return send(post("/api/v1/admin/tenants", body).header("Authorization", "Bearer " + adminToken).build(), 201);
    }

    HttpResponse<String> admin(String adminToken, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + adminToken)
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String apiKey, String path, String body) throws Exception {
        return http.send(post(path, body).header("X-Api-Key", apiKey).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String body) throws Exception {
        return json.readTree(body);
    }

    HttpClient http() {
        return http;
    }

    String base() {
        return base;
    }

    /** Answers the created resource's id and consistency token. */
    JsonNode create(String apiKey, String path, String body) throws Exception {
        return send(post(path, body).header("X-Api-Key", apiKey).build(), 201);
    }

    JsonNode edit(String apiKey, String pageId, long seenVersion, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/pages/" + pageId))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .header("If-Match", "\"" + seenVersion + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
    }

    HttpResponse<String> get(String apiKey, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Api-Key", apiKey).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> raw(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
