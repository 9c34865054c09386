package io.quire.platform.decision;

import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.quire.platform.support.Quire.acknowledged;
import static io.quire.platform.support.Quire.created;

/** The decision endpoints, spoken as one key or another, for the decision tests. */
final class Decisions {

    private final Quire quire;
    private final WebTestClient web;

    Decisions(Quire quire, WebTestClient web) {
        this.quire = quire;
        this.web = web;
    }

    /** A valid proposal: PostgreSQL over Axon Server, for these approvers, with the quorum left to its default. */
    static Map<String, Object> proposal(List<String> approvers) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Store events in PostgreSQL");
        body.put("context", "## Why\nWe already run it.\n");
        body.put("options", List.of("PostgreSQL", "Axon Server"));
        body.put("chosenOption", "PostgreSQL");
        body.put("approvers", approvers);
        return body;
    }

    /** {@link #proposal} with one field changed or, given {@code null}, left out. */
    static Map<String, Object> proposal(List<String> approvers, String field, Object value) {
        Map<String, Object> body = proposal(approvers);
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return body;
    }

    WebTestClient.ResponseSpec proposing(Tenant as, String workspaceId, Map<String, Object> body) {
        return quire.post(as, "/api/v1/workspaces/" + workspaceId + "/decisions", body);
    }

    Created propose(Tenant as, String workspaceId, Map<String, Object> body) {
        return created(proposing(as, workspaceId, body));
    }

    /** Posts to {@code /api/v1/decisions/{id}/{action}}. */
    WebTestClient.ResponseSpec acting(Tenant as, String decisionId, String action, Map<String, ?> body) {
        return quire.post(as, "/api/v1/decisions/" + decisionId + "/" + action, body);
    }

    /** Like {@link #acting}, with an {@code If-Match} version. */
    WebTestClient.ResponseSpec acting(Tenant as, String decisionId, String action, Map<String, ?> body,
                                      long ifMatch) {
        return web.post().uri("/api/v1/decisions/" + decisionId + "/" + action)
                .header(Quire.ApiHeaders.API_KEY, as.apiKey())
                .header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    Created approve(Tenant as, String decisionId) {
        return acknowledged(acting(as, decisionId, "approve", Map.of()));
    }

    Created reject(Tenant as, String decisionId, String reason) {
        return acknowledged(acting(as, decisionId, "reject", Map.of("reason", reason)));
    }

    Created supersede(Tenant as, String decisionId, String by) {
        return acknowledged(acting(as, decisionId, "supersede", Map.of("by", by)));
    }
}
