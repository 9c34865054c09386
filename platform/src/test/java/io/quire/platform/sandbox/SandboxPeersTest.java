package io.quire.platform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.crm.CrmPort;
import io.quire.sagas.email.EmailPort;
import io.quire.sagas.email.OutgoingEmail;
import io.quire.sagas.payment.ChargeOutcome;
import io.quire.sagas.payment.ChargeRequest;
import io.quire.sagas.payment.PaymentPort;
import io.quire.sagas.payment.RefundReceipt;
import io.quire.sagas.payment.RefundRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapters, as the sagas get them, against this application's own sandbox peers over real HTTP and SMTP: what
 * the default run does when nothing points the adapters elsewhere.
 */
class SandboxPeersTest extends ApiTest {

    @Autowired
    PaymentPort payments;

    @Autowired
    EmailPort email;

    @Autowired
    CrmPort crm;

    @Test
    void theOkTestCardIsCapturedAndTheChargeIsListed() {
        String reference = unique("inv");

        ChargeOutcome outcome = payments.charge(charge(unique("key"), "pm_card_ok", reference));

        assertThat(outcome).isInstanceOf(ChargeOutcome.Captured.class);
        ChargeOutcome.Captured captured = (ChargeOutcome.Captured) outcome;
        assertThat(captured.amountMinor()).isEqualTo(1500);
        List<JsonNode> listed = chargesFor(reference);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(captured.chargeId());
        assertThat(listed.get(0).get("status").asText()).isEqualTo("succeeded");
        assertThat(listed.get(0).get("currency").asText()).isEqualTo("eur");
    }

    @Test
    void theSameIdempotencyKeyTwiceCapturesOnce() {
        String reference = unique("inv");
        ChargeRequest request = charge(unique("key"), "pm_card_ok", reference);

        ChargeOutcome first = payments.charge(request);
        ChargeOutcome second = payments.charge(request);

        assertThat(second).isEqualTo(first);
        assertThat(chargesFor(reference)).hasSize(1);
    }

    @Test
    void theDecliningTestCardsAreDeclinedWithTheirReasons() {
        assertThat(payments.charge(charge(unique("key"), "pm_card_declined", unique("inv"))))
                .isInstanceOfSatisfying(ChargeOutcome.Declined.class,
                        declined -> assertThat(declined.code()).isEqualTo("card_declined"));
        assertThat(payments.charge(charge(unique("key"), "pm_card_insufficient_funds", unique("inv"))))
                .isInstanceOfSatisfying(ChargeOutcome.Declined.class,
                        declined -> assertThat(declined.code()).isEqualTo("insufficient_funds"));
        assertThat(payments.charge(charge(unique("key"), "pm_no_such_card", unique("inv"))))
                .isInstanceOfSatisfying(ChargeOutcome.Declined.class,
                        declined -> assertThat(declined.code()).isEqualTo("invalid_payment_method"));
    }

    @Test
    void aCaptureIsRefundedUpToItsAmountAndNoFurther() {
        String reference = unique("inv");
        var captured = (ChargeOutcome.Captured) payments.charge(charge(unique("key"), "pm_card_ok", reference));

        RefundReceipt receipt = payments.refund(
                new RefundRequest(unique("refund"), captured.chargeId(), 1000, "EUR", "plan reverted"));

        assertThat(receipt.chargeId()).isEqualTo(captured.chargeId());
        assertThat(receipt.amountMinor()).isEqualTo(1000);
        assertThat(chargesFor(reference).get(0).get("amount_refunded").asLong()).isEqualTo(1000);
        assertThat(sandboxList("/sandbox/payments/v1/refunds"))
                .anySatisfy(refund -> assertThat(refund.get("id").asText()).isEqualTo(receipt.refundId()));
        assertThatThrownBy(() -> payments.refund(
                new RefundRequest(unique("refund"), captured.chargeId(), 501, "EUR", "too much")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("amount_too_large");
        assertThatThrownBy(() -> payments.refund(new RefundRequest(unique("refund"), "ch_unknown", 1, "EUR", "")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("404");
    }

    @Test
    void mailSentThroughTheEmailPortIsListedForTheAdmin() {
        String to = unique("owner") + "@acme.test";

        email.send(new OutgoingEmail(to, "plan-receipt", Map.of("tenantName", "Acme & Co", "plan", "team",
                "amount", "15.00", "currency", "EUR", "invoiceId", "inv-1"), unique("mail")));

        JsonNode items = admin("/api/v1/admin/sandbox/mail?to=" + to + "&limit=5").get("items");
        assertThat(items).hasSize(1);
        JsonNode mail = items.get(0);
        assertThat(mail.get("to").get(0).asText()).isEqualTo(to);
        assertThat(mail.get("from").asText()).contains("no-reply@quire.local");
        assertThat(mail.get("subject").asText()).isEqualTo("Your Quire plan: team");
        assertThat(mail.get("messageId").asText()).endsWith("@quire.local>");
        assertThat(mail.get("sentAt").asText()).isNotBlank();
        assertThat(mail.get("text").asText()).contains("Hello Acme & Co,");
        assertThat(mail.get("html").asText()).contains("Hello Acme &amp; Co,");
    }

    @Test
    void theMailListIsForTheAdminOnlyAndRefusesABadLimit() {
        web.get().uri("/api/v1/admin/sandbox/mail").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/v1/admin/sandbox/mail?limit=0")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("limit");
    }

    @Test
    void aCrmActivityIsLoggedOnTheCompanyAndDeletedAgain() {
        String tenant = unique("tenant");
        crm.upsertCompany(tenant, "Acme");
        crm.upsertContact(tenant, "Ann@Acme.test", "Ann");
        assertThat(crm.moveDealStage(tenant, "customer")).isEqualTo("lead");

        String activity = crm.logActivity(tenant, "Plan changed", "free -> team", unique("activity"));
        assertThat(crm.logActivity(tenant, "Plan changed", "free -> team", "other-" + activity)).isNotEqualTo(activity);

        JsonNode company = sandbox("/sandbox/crm/v1/companies/" + tenant);
        assertThat(company.get("name").asText()).isEqualTo("Acme");
        assertThat(company.get("dealStage").asText()).isEqualTo("customer");
        assertThat(company.get("contacts").get(0).get("email").asText()).isEqualTo("ann@acme.test");
        assertThat(company.get("activities").findValuesAsText("id")).contains(activity).hasSize(2);

        crm.deleteActivity(activity);
        crm.deleteActivity(activity);

        assertThat(sandbox("/sandbox/crm/v1/companies/" + tenant).get("activities").findValuesAsText("id"))
                .doesNotContain(activity).hasSize(1);
    }

    @Test
    void theAdaptersResilienceIsMeteredByAdapterName() {
        JsonNode state = web.get().uri("/actuator/metrics/resilience4j.circuitbreaker.state").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        List<String> names = new ArrayList<>();
        state.get("availableTags").forEach(tag -> {
            if ("name".equals(tag.get("tag").asText())) {
                tag.get("values").forEach(value -> names.add(value.asText()));
            }
        });
        assertThat(names).contains("payment", "crm", "email");
    }

    private List<JsonNode> chargesFor(String reference) {
        return sandboxList("/sandbox/payments/v1/charges").stream()
                .filter(charge -> reference.equals(charge.path("reference").asText()))
                .toList();
    }

    private List<JsonNode> sandboxList(String path) {
        List<JsonNode> items = new ArrayList<>();
        sandbox(path).get("data").forEach(items::add);
        return items;
    }

    private JsonNode sandbox(String path) {
        return web.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode admin(String path) {
        return web.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static ChargeRequest charge(String key, String paymentMethod, String reference) {
        return new ChargeRequest(key, "tenant-" + reference, paymentMethod, 1500, "EUR", reference, "Team plan");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
