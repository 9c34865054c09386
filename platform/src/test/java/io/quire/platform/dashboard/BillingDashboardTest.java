package io.quire.platform.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire.Created;
import io.quire.platform.support.Quire.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.quire.platform.errors.ErrorAnswersTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing dashboards over known histories: a team subscription dunned into suspension and paid late, usage
 * against quotas, and the admin's view across tenants.
 */
class BillingDashboardTest extends ApiTest {

    private static final String BILLING = "/api/v1/dashboards/billing";
    private static final String ADMIN_BILLING = "/api/v1/admin/dashboards/billing";
    private static final Duration SAGAS = Duration.ofSeconds(60);

    @Autowired
    ReactiveStringRedisTemplate redis;

    private Dashboards dashboards;

    @BeforeEach
    void dashboards() {
        dashboards = new Dashboards(quire, web, ADMIN_TOKEN, redis);
    }

    @Test
    void dunningShowsAsFailedPaymentsAndOutstandingMoneyUntilTheInvoiceIsPaid() {
        Tenant tenant = quire.registerTenant("Dunned Ltd", "team", "dunned-" + UUID.randomUUID() + "@acme.test");
        quire.post(tenant, "/api/v1/billing/payment-method", Map.of("paymentMethod", "pm_card_declined"))
                .expectStatus().isOk();
        quire.adminPost("/api/v1/admin/tenants/" + tenant.id() + "/billing/close-period").expectStatus().isOk();

        JsonNode suspended = Eventually.until(SAGAS, () -> dashboards.read(tenant, BILLING).body(),
                answer -> answer.get("status").asText().equals("suspended")
                        && answer.at("/failedPayments/count").asLong() == 3).deepCopy();

        assertThat(suspended.get("currency").asText()).isEqualTo("EUR");
        assertThat(suspended.get("plan").asText()).isEqualTo("team");
        assertThat(suspended.get("mrrMinor").asLong()).isZero();
        assertThat(suspended.at("/invoices/byStatus").toString()).isEqualTo(
                "{\"open\":0,\"paid\":0,\"past_due\":0,\"uncollectible\":1,\"refunded\":0}");
        assertThat(suspended.at("/invoices/outstandingMinor").asLong()).isEqualTo(4900);
        String invoice = quire.get(tenant, "/api/v1/billing/invoices").expectBody(JsonNode.class).returnResult()
                .getResponseBody().at("/items/0/invoiceId").asText();
        JsonNode recent = suspended.at("/failedPayments/recent");
        assertThat(recent).hasSize(3);
        recent.forEach(failure -> {
            assertThat(failure.get("invoiceId").asText()).isEqualTo(invoice);
            assertThat(failure.get("reason").asText()).isEqualTo("card_declined: Your card was declined.");
        });
        assertThat(recent.get(0).get("at").asText()).isGreaterThan(recent.get(2).get("at").asText());

        String key = "tenant:" + tenant.id() + ":billing:all";
        dashboards.readUntil(tenant, BILLING, answer -> answer.cache().equals("hit"));
        assertThat(dashboards.cached(key)).isTrue();

        quire.post(tenant, "/api/v1/billing/invoices/" + invoice + "/pay", Map.of("paymentMethod", "pm_card_ok"))
                .expectStatus().isAccepted();

        JsonNode paid = Eventually.until(SAGAS, () -> dashboards.read(tenant, BILLING).body(),
                answer -> answer.get("status").asText().equals("active")
                        && answer.at("/invoices/byStatus/paid").asLong() == 1);
        assertThat(paid.get("mrrMinor").asLong()).isEqualTo(4900);
        assertThat(paid.at("/invoices/outstandingMinor").asLong()).isZero();
        assertThat(paid.at("/invoices/byStatus/uncollectible").asLong()).isZero();
        assertThat(paid.at("/failedPayments/count").asLong()).isEqualTo(3);
    }

    @Test
    void usageCountsPagesAndMembersAgainstThePlansQuotasPerTenant() {
        Tenant tenant = quire.registerTenant("Metered Ltd");
        Tenant other = quire.registerTenant("Other Ltd");
        Created workspace = quire.createWorkspace(tenant, "Research");
        Created notebook = quire.createNotebook(tenant, workspace.id(), "Lab notes");
        quire.createPage(tenant, notebook.id(), "One", "1");
        quire.issueApiKey(tenant, "second");
        Created last = quire.createPage(tenant, notebook.id(), "Two", "2");

        JsonNode mine = dashboards.read(tenant, BILLING + "?consistency=" + last.consistency()).body();
        JsonNode theirs = dashboards.read(other, BILLING).body();

        assertThat(usage(mine)).containsExactly("pages 2/100", "members 2/3", "apiCalls " + mine.at("/usage/2/used")
                .asLong() + "/60");
        assertThat(mine.get("status").asText()).isEqualTo("trialing");
        assertThat(mine.get("plan").asText()).isEqualTo("free");
        assertThat(mine.get("mrrMinor").asLong()).isZero();
        assertThat(mine.at("/invoices/outstandingMinor").asLong()).isZero();
        assertThat(mine.at("/failedPayments/count").asLong()).isZero();
        assertThat(mine.at("/failedPayments/recent")).isEmpty();
        assertThat(usage(theirs).subList(0, 2)).containsExactly("pages 0/100", "members 1/3");
    }

    @Test
    void theAdminSeesEveryTenantAndACachedViewIsEvictedByBillingEvents() {
        String path = ADMIN_BILLING + "?limit=200";
        String key = "admin:billing:limit=200";
        dashboards.adminUntil(path, answer -> answer.cache().equals("hit"));
        assertThat(dashboards.cached(key)).isTrue();

        Tenant tenant = quire.registerTenant("Big Spender", "business", "big@acme.test");

        Eventually.holds("the new account evicts " + key, Dashboards.LIMIT, () -> !dashboards.cached(key));
        JsonNode admin = dashboards.adminUntil(path, answer -> answer.body().toString().contains(tenant.id())).body();
        JsonNode row = null;
        for (JsonNode each : admin.get("tenants")) {
            if (each.get("tenantId").asText().equals(tenant.id())) {
                row = each;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.toString()).isEqualTo("{\"tenantId\":\"" + tenant.id() + "\",\"name\":\"Big Spender\","
                + "\"plan\":\"business\",\"status\":\"trialing\",\"mrrMinor\":19900,\"currency\":\"EUR\"}");
        assertThat(admin.get("tenantsByStatus").get("trialing").asLong()).isPositive();
        assertThat(admin.at("/mrr/0/currency").asText()).isEqualTo("EUR");
        assertThat(admin.at("/mrr/0/amountMinor").asLong()).isGreaterThanOrEqualTo(19900);
        assertThat(admin.at("/failedPayments/count").isNumber()).isTrue();
    }

    @Test
    void theAdminDashboardRefusesABadLimitAndTenantsCannotReachIt() {
        problem(quire.adminGet(ADMIN_BILLING + "?limit=0"), 400);
        problem(quire.adminGet(ADMIN_BILLING + "?limit=many"), 400);
        Tenant tenant = quire.registerTenant("Curious Ltd");
        problem(quire.get(tenant, ADMIN_BILLING), 401);
    }

    private static List<String> usage(JsonNode dashboard) {
        List<String> meters = new ArrayList<>();
        dashboard.get("usage").forEach(meter -> meters.add(meter.get("meter").asText() + " "
                + meter.get("used").asLong() + "/" + meter.get("quota").asLong()));
        return meters;
    }
}
