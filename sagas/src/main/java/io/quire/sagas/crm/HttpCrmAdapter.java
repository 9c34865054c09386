package io.quire.sagas.crm;

import io.quire.sagas.adapter.ProviderAnswer;
import io.quire.sagas.adapter.ProviderGuard;
import io.quire.sagas.adapter.ProviderHttp;
import org.springframework.http.HttpMethod;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link CrmPort} over a CRM's HTTP API: companies keyed by tenant id, their contacts, one deal per company and an
 * activity log. Upserts are PUTs and so safe to repeat; the POSTs carry an {@code Idempotency-Key} that every retry
 * of the call repeats.
 */
public class HttpCrmAdapter implements CrmPort {

    public static final String NAME = "crm";

    private final ProviderHttp http;
    private final ProviderGuard guard;

    public HttpCrmAdapter(ProviderHttp http, ProviderGuard guard) {
        this.http = http;
        this.guard = guard;
    }

    @Override
    public void upsertCompany(String tenantId, String name) {
        require(tenantId, "tenantId");
        require(name, "name");
        guard.call(() -> {
            ProviderAnswer answer = http.send(HttpMethod.PUT, null, Map.of("name", name),
                    "/v1/companies/{tenantId}", tenantId);
            succeeded(answer).expect("id", tenantId);
            return null;
        });
    }

    @Override
    public void upsertContact(String tenantId, String email, String name) {
        require(tenantId, "tenantId");
        require(email, "email");
        guard.call(() -> {
            ProviderAnswer answer = http.send(HttpMethod.PUT, null, Collections.singletonMap("name", name),
                    "/v1/companies/{tenantId}/contacts/{email}", tenantId, email);
            succeeded(answer).expect("email", email);
            return null;
        });
    }

    @Override
    public String moveDealStage(String tenantId, String stage) {
        require(tenantId, "tenantId");
        require(stage, "stage");
        // The port has no key for this, but a retry must not see its own first attempt's stage as the previous one.
        String key = "stage-" + UUID.randomUUID();
        return guard.call(() -> {
            ProviderAnswer answer = http.send(HttpMethod.POST, key, Map.of("stage", stage),
                    "/v1/companies/{tenantId}/deal/stage", tenantId);
            succeeded(answer).expect("stage", stage);
            return answer.text("previousStage");
        });
    }

    @Override
    public String logActivity(String tenantId, String subject, String body, String idempotencyKey) {
        require(tenantId, "tenantId");
        require(idempotencyKey, "idempotencyKey");
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("subject", subject);
        activity.put("body", body);
        return guard.call(() -> succeeded(http.send(HttpMethod.POST, idempotencyKey, activity,
                "/v1/companies/{tenantId}/activities", tenantId)).text("id"));
    }

    @Override
    public void deleteActivity(String activityId) {
        require(activityId, "activityId");
        guard.call(() -> {
            ProviderAnswer answer = http.send(HttpMethod.DELETE, null, null, "/v1/activities/{id}", activityId);
            if (answer.status() != 404) {
                succeeded(answer);
            }
            return null;
        });
    }

    private static ProviderAnswer succeeded(ProviderAnswer answer) {
        if (!answer.succeeded()) {
            throw answer.refusal();
        }
        return answer;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
