package io.quire.platform.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.quire.platform.support.Quire.acknowledged;

/** The search endpoint and the search language setting, spoken as one key or another, for the search tests. */
final class Searches {

    private final Quire quire;
    private final WebTestClient web;

    Searches(Quire quire, WebTestClient web) {
        this.quire = quire;
        this.web = web;
    }

    /** GET /api/v1/search with these parameters (name, value, name, value, ...), each one encoded as a value. */
    WebTestClient.ResponseSpec searching(Tenant as, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put(parameters[i], parameters[i + 1]);
        }
        return web.get().uri(uri -> {
                    uri.path("/api/v1/search");
                    values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
                    return uri.build(values);
                })
                .header(Quire.ApiHeaders.API_KEY, as.apiKey())
                .exchange();
    }

    /** A search that sees every write up to {@code after}. */
    JsonNode search(Tenant as, Created after, String... parameters) {
        String[] withToken = new String[parameters.length + 2];
        System.arraycopy(parameters, 0, withToken, 0, parameters.length);
        withToken[parameters.length] = "consistency";
        withToken[parameters.length + 1] = after.consistency();
        return searching(as, withToken)
                .expectStatus().isOk()
                .expectHeader().valueEquals("Quire-Consistency", "current")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The ids of the results of {@link #search}, best first. */
    List<String> ids(Tenant as, Created after, String... parameters) {
        return Quire.ids(search(as, after, parameters));
    }

    WebTestClient.ResponseSpec changingLanguage(Tenant as, String workspaceId, String ifMatch, Object body) {
        WebTestClient.RequestBodySpec request = web.put().uri("/api/v1/workspaces/" + workspaceId + "/search-language")
                .header(Quire.ApiHeaders.API_KEY, as.apiKey());
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    Created changeLanguage(Tenant as, String workspaceId, long seenVersion, String language) {
        return acknowledged(changingLanguage(as, workspaceId, "\"" + seenVersion + "\"",
                Map.of("language", language)));
    }

    /** Proposes a decision with this title, which the caller alone approves. */
    Created propose(Tenant as, String workspaceId, String title) {
        return Quire.created(quire.post(as, "/api/v1/workspaces/" + workspaceId + "/decisions", Map.of(
                "title", title, "context", "Breakfast matters.", "options", List.of("Yes", "No"),
                "chosenOption", "Yes", "approvers", List.of(as.principal()))));
    }

    /** POSTs an action without a body, such as {@code /api/v1/pages/{id}/archive}. */
    Created act(Tenant as, String path) {
        return acknowledged(quire.post(as, path, Map.of()));
    }

    static List<String> field(JsonNode page, String name) {
        List<String> values = new ArrayList<>();
        page.get("items").forEach(item -> values.add(item.get(name).asText()));
        return values;
    }
}
