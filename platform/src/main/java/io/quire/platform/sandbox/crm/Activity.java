package io.quire.platform.sandbox.crm;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry in a company's activity log at the CRM sandbox. */
record Activity(String id, String tenantId, String subject, String body, Instant createdAt) {

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("subject", subject);
        view.put("body", body);
        view.put("createdAt", createdAt.toString());
        return view;
    }
}
