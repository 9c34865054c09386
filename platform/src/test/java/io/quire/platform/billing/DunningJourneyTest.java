package io.quire.platform.billing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Quire;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** A period invoice collected through dunning: declines, mail, suspension, and a late payment that reactivates. */
class DunningJourneyTest extends ApiTest {

    private Billing billing;

    @BeforeEach
    void billing() {
        billing = new Billing(quire);
    }

    @Test
    void repeatedDeclinesSuspendTheSubscriptionAndALatePaymentReactivatesIt() {
        String owner = "dunning-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "team", owner);
        billing.attachCard(tenant, "pm_card_declined");
        billing.closePeriod(tenant);

        JsonNode saga = billing.endedSaga(tenant, "invoice-payment");
        assertThat(saga.get("state").asText()).isEqualTo("compensated");
        assertThat(saga.get("steps").findValuesAsText("step"))
                .contains("charge-attempt-1", "charge-attempt-2", "charge-attempt-3", "suspend");
        JsonNode suspended = billing.accountOnce(tenant, answer -> answer.get("status").asText().equals("suspended"));
        assertThat(suspended.at("/plan/code").asText()).isEqualTo("team");
        JsonNode invoice = billing.invoicesOnce(tenant,
                answer -> answer.at("/items/0/status").asText().equals("uncollectible")).at("/items/0");
        assertThat(invoice.get("attempts").asInt()).isEqualTo(3);
        assertThat(invoice.get("totalMinor").asLong()).isEqualTo(4900);
        String mail = billing.mailTo(owner).toString();
        assertThat(mail).contains("suspended");

        problem(quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "business")), 409);

        String invoiceId = invoice.get("invoiceId").asText();
        quire.post(tenant, "/api/v1/billing/invoices/" + invoiceId + "/pay", Map.of("paymentMethod", "pm_card_ok"))
                .expectStatus().isAccepted();
        billing.accountOnce(tenant, answer -> answer.get("status").asText().equals("active"));
        JsonNode paid = billing.invoicesOnce(tenant, answer -> answer.at("/items/0/status").asText().equals("paid"))
                .at("/items/0");
        assertThat(paid.get("chargeId").asText()).startsWith("ch_");
        problem(quire.post(tenant, "/api/v1/billing/invoices/" + invoiceId + "/pay", Map.of()), 409);
    }

    @Test
    void aPaidPeriodInvoiceCompletesItsSagaAtTheFirstAttempt() {
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "team", "paid@acme.test");
        billing.attachCard(tenant, "pm_card_ok");
        billing.closePeriod(tenant);
        JsonNode saga = billing.endedSaga(tenant, "invoice-payment");
        assertThat(saga.get("state").asText()).isEqualTo("completed");
        JsonNode invoice = billing.invoicesOnce(tenant, answer -> answer.at("/items/0/status").asText().equals("paid"))
                .at("/items/0");
        assertThat(invoice.get("lines").get(0).get("amountMinor").asLong()).isEqualTo(4900);
    }
}
