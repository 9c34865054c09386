package io.quire.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.Quire;
import io.quire.platform.support.Quire.Tenant;

import java.util.ArrayList;
import java.util.List;

/** Reads every page of an audit list by following its cursors. */
final class AuditReads {

    private AuditReads() {
    }

    static List<JsonNode> all(Quire quire, Tenant tenant, String path, int pageSize) {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            JsonNode page = quire.get(tenant, path + separator + "limit=" + pageSize
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            page.get("items").forEach(entries::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return entries;
    }
}
