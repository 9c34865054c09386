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

/** Plans, payment methods and upgrades over HTTP, carried out by the plan-change saga against the sandboxes. */
class PlanChangeJourneyTest extends ApiTest {

    private Billing billing;

    @BeforeEach
    void billing() {
        billing = new Billing(quire);
    }

    private static String email() {
        return "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
    }

    @Test
    void aNewTenantTrialsItsPlanWithUsageAgainstTheQuotas() {
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "free", email());
        String workspace = quire.createWorkspace(tenant, "Docs").id();
        String notebook = quire.createNotebook(tenant, workspace, "Notes").id();
        Quire.Created page = quire.createPage(tenant, notebook, "First", "Hello");

        JsonNode account = billing.accountOnce(tenant, answer -> answer.at("/usage/0/used").asLong() == 1);
        assertThat(account.get("status").asText()).isEqualTo("trialing");
        assertThat(account.at("/plan/code").asText()).isEqualTo("free");
        assertThat(account.at("/usage/0/meter").asText()).isEqualTo("pages");
        assertThat(account.at("/usage/0/quota").asLong()).isEqualTo(100);
        assertThat(account.at("/usage/1/used").asLong()).isEqualTo(1);
        assertThat(page.version()).isEqualTo(1);
    }

    @Test
    void anUpgradeIsChargedActivatedReceiptedAndRecordedInTheCrm() {
        String owner = email();
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "free", owner);
        billing.attachCard(tenant, "pm_card_ok");
        JsonNode accepted = billing.requestPlan(tenant, "team");
        assertThat(accepted.get("changeId").asText()).isNotBlank();

        JsonNode account = billing.accountOnce(tenant, answer -> answer.at("/plan/code").asText().equals("team"));
        assertThat(account.get("status").asText()).isEqualTo("active");
        assertThat(account.get("pendingChange").isNull()).isTrue();

        JsonNode invoice = billing.invoicesOnce(tenant, answer -> answer.get("items").size() == 1).at("/items/0");
        assertThat(invoice.get("kind").asText()).isEqualTo("proration");
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("totalMinor").asLong()).isBetween(1L, 4900L);

        JsonNode saga = billing.endedSaga(tenant, "plan-change");
        assertThat(saga.get("state").asText()).isEqualTo("completed");
        assertThat(saga.get("steps").findValuesAsText("step"))
                .contains("charge", "activate", "receipt", "crm-deal-stage");
        assertThat(billing.mailTo(owner).toString()).contains("Team");
    }

    @Test
    void aDeclinedCardLeavesThePlanAsItWasAndEndsCompensated() {
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "free", email());
        billing.attachCard(tenant, "pm_card_declined");
        assertThat(billing.accountOnce(tenant, answer -> true).get("lastCancelledChange").isNull()).isTrue();
        JsonNode accepted = billing.requestPlan(tenant, "business");

        JsonNode saga = billing.endedSaga(tenant, "plan-change");
        assertThat(saga.get("state").asText()).isEqualTo("compensated");
        JsonNode account = billing.accountOnce(tenant, answer -> answer.get("pendingChange").isNull()
                && !answer.get("lastCancelledChange").isNull());
        assertThat(account.at("/plan/code").asText()).isEqualTo("free");
        // The tenant is told why: the provider's decline code, for the change it asked for.
        JsonNode cancelled = account.get("lastCancelledChange");
        assertThat(cancelled.get("changeId").asText()).isEqualTo(accepted.get("changeId").asText());
        assertThat(cancelled.get("plan").asText()).isEqualTo("business");
        assertThat(cancelled.get("reason").asText()).isEqualTo("card_declined");
        assertThat(cancelled.get("at").asText()).isNotBlank();
        assertThat(billing.invoices(tenant).get("items")).isEmpty();
    }

    @Test
    void aDowngradeWaitsForTheEndOfThePeriodWhichIsBilledOnTheOldPlan() {
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "business", email());
        billing.attachCard(tenant, "pm_card_ok");
        JsonNode accepted = billing.requestPlan(tenant, "team");
        JsonNode pending = billing.accountOnce(tenant, answer -> !answer.get("pendingChange").isNull());
        assertThat(pending.at("/pendingChange/kind").asText()).isEqualTo("downgrade");
        assertThat(pending.at("/pendingChange/changeId").asText()).isEqualTo(accepted.get("changeId").asText());
        assertThat(pending.at("/plan/code").asText()).isEqualTo("business");

        billing.closePeriod(tenant);
        billing.accountOnce(tenant, answer -> answer.at("/plan/code").asText().equals("team"));
        JsonNode invoice = billing.invoicesOnce(tenant, answer -> answer.get("items").size() == 1
                && answer.at("/items/0/status").asText().equals("paid")).at("/items/0");
        assertThat(invoice.get("kind").asText()).isEqualTo("period");
        assertThat(invoice.get("totalMinor").asLong()).isEqualTo(19900);
        assertThat(invoice.get("total").asText()).isEqualTo("199.00");
    }

    @Test
    void refusesPlanChangesThatCannotBeCarriedOut() {
        Quire.Tenant tenant = billing.tenantWithContact("Acme", "free", email());
        problem(quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "team")), 422);
        problem(quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "platinum")), 422);
        problem(quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "free")), 409);
        problem(quire.post(tenant, "/api/v1/billing/payment-method", Map.of("paymentMethod", "4242424242424242")),
                400);
        problem(quire.post(tenant, "/api/v1/billing/payment-method", Map.of()), 400);
    }

    @Test
    void anotherTenantsInvoiceIsNotFound() {
        Quire.Tenant owner = billing.tenantWithContact("Acme", "free", email());
        Quire.Tenant stranger = billing.tenantWithContact("Globex", "free", email());
        billing.attachCard(owner, "pm_card_ok");
        billing.requestPlan(owner, "team");
        String invoice = billing.invoicesOnce(owner, answer -> answer.get("items").size() == 1)
                .at("/items/0/invoiceId").asText();
        problem(quire.get(stranger, "/api/v1/billing/invoices/" + invoice), 404);
        problem(quire.post(stranger, "/api/v1/billing/invoices/" + invoice + "/pay", Map.of()), 404);
        assertThat(billing.invoices(stranger).get("items")).isEmpty();
    }
}
