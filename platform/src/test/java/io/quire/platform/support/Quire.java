package io.quire.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A small client for Quire's REST API, speaking as a tenant's API key or as the platform admin. */
public final class Quire {

    private final WebTestClient web;
    private final String adminToken;

    public Quire(WebTestClient web, String adminToken) {
        this.web = web;
        this.adminToken = adminToken;
    }

    public record Tenant(String id, String apiKey, String keyId) {

        /** The principal this key acts as, as commands and events record it. */
        public String principal() {
            return "key:" + keyId;
        }
    }

    /** What a creating command answers. */
    public record Created(String id, long version, String consistency) {
    }

    public Tenant registerTenant(String name) {
        return registerTenant(Map.of("name", name));
    }

    /** Registers a tenant on {@code plan} whose billing mail goes to {@code contactEmail}. */
    public Tenant registerTenant(String name, String plan, String contactEmail) {
        return registerTenant(Map.of("name", name, "plan", plan, "contactEmail", contactEmail));
    }

    private Tenant registerTenant(Map<String, String> registration) {
        JsonNode answer = web.post().uri("/api/v1/admin/tenants")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Objects.requireNonNull(answer);
        return new Tenant(answer.get("tenantId").asText(), answer.get("apiKey").asText(),
                answer.get("apiKeyId").asText());
    }

    /** Issues another API key of the same tenant: the same data, seen and changed by another principal. */
    public Tenant issueApiKey(Tenant tenant, String name) {
        return issueApiKey(tenant, Map.of("name", name));
    }

    /** Issues another API key whose holder can be reached at {@code email}. */
    public Tenant issueApiKey(Tenant tenant, String name, String email) {
        return issueApiKey(tenant, Map.of("name", name, "email", email));
    }

    private Tenant issueApiKey(Tenant tenant, Map<String, String> request) {
        JsonNode issued = post(tenant, "/api/v1/api-keys", request)
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Objects.requireNonNull(issued);
        return new Tenant(tenant.id(), issued.get("apiKey").asText(), issued.get("id").asText());
    }

    public Created createWorkspace(Tenant tenant, String name) {
        return created(post(tenant, "/api/v1/workspaces", Map.of("name", name)));
    }

    public Created createNotebook(Tenant tenant, String workspaceId, String title) {
        return created(post(tenant, "/api/v1/workspaces/" + workspaceId + "/notebooks", Map.of("title", title)));
    }

    public Created createPage(Tenant tenant, String notebookId, String title, String body) {
        return created(post(tenant, "/api/v1/notebooks/" + notebookId + "/pages", Map.of("title", title, "body", body)));
    }

    /** Edits a page against the version the caller saw and answers the acknowledgement. */
    public Created editPage(Tenant tenant, String pageId, long seenVersion, String title, String body) {
        return created(web.put().uri("/api/v1/pages/" + pageId)
                .header(ApiHeaders.API_KEY, tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"" + seenVersion + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "body", body))
                .exchange(), HttpStatus.OK);
    }

    /** Renames a workspace against the version the caller saw and answers the acknowledgement. */
    public Created renameWorkspace(Tenant tenant, String workspaceId, long seenVersion, String name) {
        return created(web.patch().uri("/api/v1/workspaces/" + workspaceId)
                .header(ApiHeaders.API_KEY, tenant.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"" + seenVersion + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name))
                .exchange(), HttpStatus.OK);
    }

    public WebTestClient.ResponseSpec adminGet(String path) {
        return web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();
    }

    /** An admin GET that must answer 200, as JSON. */
    public JsonNode adminRead(String path) {
        return adminGet(path).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec adminPost(String path) {
        return web.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken).exchange();
    }

    public WebTestClient.ResponseSpec post(Tenant tenant, String path, Object body) {
        return web.post().uri(path)
                .header(ApiHeaders.API_KEY, tenant.apiKey())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    public WebTestClient.ResponseSpec get(Tenant tenant, String path) {
        return web.get().uri(path).header(ApiHeaders.API_KEY, tenant.apiKey()).exchange();
    }

    /** GETs a resource after waiting, through the consistency token, for the write that produced it. */
    public JsonNode read(Tenant tenant, String path, Created after) {
        String separator = path.contains("?") ? "&" : "?";
        return get(tenant, path + separator + "consistency=" + after.consistency())
                .expectStatus().isOk()
                .expectHeader().valueEquals("Quire-Consistency", "current")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /**
     * Like {@link #read}, for after a failure: projections may first have to retake their claims or back off, so
     * the read is repeated until it is current or {@code limit} has passed.
     */
    public JsonNode readOnceCaughtUp(Tenant tenant, String path, Created after, Duration limit) {
        String separator = path.contains("?") ? "&" : "?";
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            var result = get(tenant, path + separator + "consistency=" + after.consistency())
                    .expectBody(JsonNode.class).returnResult();
            // Until it is current, a read may well be 404: the resource has not been projected yet.
            if ("current".equals(result.getResponseHeaders().getFirst("Quire-Consistency"))) {
                if (result.getStatus().value() != 200) {
                    throw new AssertionError(path + " answered " + result.getStatus() + " once current");
                }
                return result.getResponseBody();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Projections did not catch up with " + path + " within " + limit);
            }
        }
    }

    /** Reads the acknowledgement of a command that changed an existing resource. */
    public static Created acknowledged(WebTestClient.ResponseSpec response) {
        return created(response, HttpStatus.OK);
    }

    /** The ids of a list page's items, in order. */
    public static List<String> ids(JsonNode listPage) {
        List<String> ids = new ArrayList<>();
        listPage.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Reads the acknowledgement of a creating command. */
    public static Created created(WebTestClient.ResponseSpec response) {
        return created(response, HttpStatus.CREATED);
    }

    private static Created created(WebTestClient.ResponseSpec response, HttpStatus expected) {
        JsonNode answer = response.expectStatus().isEqualTo(expected)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Objects.requireNonNull(answer);
        return new Created(answer.get("id").asText(), answer.get("version").asLong(),
                answer.get("consistency").asText());
    }

    /** An admin POST with a JSON body. */
    public WebTestClient.ResponseSpec adminPost(String path, Object body) {
        return web.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Header names, spelled once. */
    public static final class ApiHeaders {
        public static final String API_KEY = "X-Api-Key";

        private ApiHeaders() {
        }
    }
}
