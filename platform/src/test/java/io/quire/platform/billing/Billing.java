package io.quire.platform.billing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Billing steps the billing tests share, over HTTP like a client. */
final class Billing {

    static final Duration SAGA_LIMIT = Duration.ofSeconds(45);

    private final Quire quire;

    Billing(Quire quire) {
        this.quire = quire;
    }

    Quire.Tenant tenantWithContact(String name, String plan, String email) {
        return quire.registerTenant(name, plan, email);
    }

    void attachCard(Quire.Tenant tenant, String card) {
        quire.post(tenant, "/api/v1/billing/payment-method", Map.of("paymentMethod", card)).expectStatus().isOk();
    }

    JsonNode requestPlan(Quire.Tenant tenant, String plan) {
        return quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", plan))
                .expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode account(Quire.Tenant tenant) {
        return quire.get(tenant, "/api/v1/billing").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Waits for the account as well: the billing projection opens it a moment after the tenant is registered. */
    JsonNode accountOnce(Quire.Tenant tenant, Predicate<JsonNode> done) {
        return Eventually.until(SAGA_LIMIT, () -> accountIfOpened(tenant),
                answer -> answer != null && done.test(answer));
    }

    private JsonNode accountIfOpened(Quire.Tenant tenant) {
        var answer = quire.get(tenant, "/api/v1/billing").returnResult(JsonNode.class);
        if (answer.getStatus().value() == 404) {
            return null;
        }
        assertThat(answer.getStatus().value()).isEqualTo(200);
        return answer.getResponseBody().blockFirst();
    }

    JsonNode invoices(Quire.Tenant tenant) {
        return quire.get(tenant, "/api/v1/billing/invoices").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode invoicesOnce(Quire.Tenant tenant, Predicate<JsonNode> done) {
        return Eventually.until(SAGA_LIMIT, () -> invoices(tenant), done);
    }

    JsonNode adminGet(String path) {
        return quire.adminRead(path);
    }

    /** The tenant's saga of {@code type}, once it has ended. */
    JsonNode endedSaga(Quire.Tenant tenant, String type) {
        JsonNode page = Eventually.until(SAGA_LIMIT,
                () -> adminGet("/api/v1/admin/sagas?type=" + type + "&tenant=" + tenant.id()),
                answer -> answer.get("items").size() > 0
                        && !answer.get("items").get(0).get("state").asText().equals("running"));
        return page.get("items").get(0);
    }

    void closePeriod(Quire.Tenant tenant) {
        quire.adminPost("/api/v1/admin/tenants/" + tenant.id() + "/billing/close-period").expectStatus().isOk();
    }

    /** Mail the sandbox SMTP server received for {@code to}. */
    JsonNode mailTo(String to) {
        return adminGet("/api/v1/admin/sandbox/mail?to=" + to);
    }
}
