package io.quire.platform.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quire.platform.QuireApplication;
import io.quire.platform.support.ApiTest;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire;
import io.quire.platform.support.ReliabilityReport;
import io.quire.platform.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan changes and invoice collection while the payment provider misbehaves at random: it resets connections,
 * answers 500 or garbage, or takes the charge and answers too late. Quire reaches the provider through a WireMock
 * proxy that injects those faults. Once the faults stop, every saga must end completed or compensated, the money
 * must balance (captured − refunded = paid invoices), no invoice may be captured twice, and no event may be left in
 * the dead-letter queue.
 */
@SpringBootTest(classes = QuireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"quire.admin-token=" + ApiTest.ADMIN_TOKEN, "quire.sandbox.smtp-port=0",
                "quire.sagas.retry-delay=1s", "quire.sagas.follow-up-delay=1s", "quire.sagas.dunning-delays=1s,1s",
                "quire.adapters.payment.read-timeout=1s",
                "resilience4j.timelimiter.instances.payment.timeout-duration=2s",
                "resilience4j.circuitbreaker.instances.payment.wait-duration-in-open-state=1s",
                "QUIRE_DB_POOL_SIZE=8"})
// A second application in the test JVM: closed after this class, so that its connections are given back.
@DirtiesContext
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("adapter-faults")
class PaymentFaultRunTest {

    private static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort());
    private static final TestDatabase DATABASE = TestDatabase.createFresh();
    /** How long the provider misbehaves while the work above is under way. */
    private static final Duration FAULT_WINDOW = Duration.ofSeconds(ReliabilityReport.longRun() ? 60 : 6);
    private static final Duration SETTLE = Duration.ofSeconds(120);
    /** Where the provider proxies to: Quire's own sandbox, known once the application has started. */
    private static volatile String sandbox;

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void ownDatabaseAndFaultyProvider(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::jdbcUrl);
        properties.add("spring.datasource.username", DATABASE::user);
        properties.add("spring.datasource.password", DATABASE::password);
        properties.add("spring.r2dbc.url", () -> "r2dbc:" + DATABASE.url());
        properties.add("spring.r2dbc.username", DATABASE::user);
        properties.add("spring.r2dbc.password", DATABASE::password);
        properties.add("quire.adapters.payment.base-url", () -> PROVIDER.baseUrl() + "/sandbox/payments");
    }

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient web;

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @Test
    void moneyBalancesAndEverySagaEndsAfterARandomizedFaultRun() throws InterruptedException {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        Quire quire = new Quire(web, ApiTest.ADMIN_TOKEN);
        sandbox = "http://127.0.0.1:" + port;
        PROVIDER.stubFor(any(urlPathMatching("/sandbox/payments/.*")).atPriority(10)
                .willReturn(aResponse().proxiedFrom(sandbox)));

        List<Quire.Tenant> tenants = new ArrayList<>();
        Random random = new Random(20261122);
        Chaos chaos = new Chaos(random);
        chaos.start();
        try {
            for (int i = 0; i < (ReliabilityReport.longRun() ? 60 : 12); i++) {
                tenants.add(startBillingWork(quire, i));
            }
            Thread.sleep(FAULT_WINDOW.toMillis());
        } finally {
            chaos.stopAndHeal();
        }

        for (Quire.Tenant tenant : tenants) {
            Eventually.until(SETTLE, () -> quire.adminRead("/api/v1/admin/sagas?tenant=" + tenant.id()),
                    page -> page.get("items").size() > 0 && page.get("items").findValuesAsText("state").stream()
                            .noneMatch("running"::equals));
        }
        long deadLetters = quire.adminRead("/api/v1/admin/dead-letters/count").get("total").asLong();
        ReliabilityReport.figure(getClass(), String.format("faults survived: %d provider faults injected in %d s "
                + "(resets, 500s, garbage, late answers), %d tenants' sagas all ended; dead letters: %d",
                chaos.injected(), FAULT_WINDOW.toSeconds(), tenants.size(), deadLetters));
        assertMoneyBalances(quire, tenants);
        assertThat(deadLetters).isZero();
    }

    /** Every third tenant has its period invoiced; the others upgrade. Every fourth card is declined. */
    private Quire.Tenant startBillingWork(Quire quire, int index) {
        String plan = index % 3 == 0 ? "team" : "free";
        Quire.Tenant tenant = quire.registerTenant("Fault run " + index, plan, "fault-run-" + index + "@acme.test");
        String card = index % 4 == 3 ? "pm_card_declined" : "pm_card_ok";
        quire.post(tenant, "/api/v1/billing/payment-method", Map.of("paymentMethod", card)).expectStatus().isOk();
        if (plan.equals("team")) {
            quire.adminPost("/api/v1/admin/tenants/" + tenant.id() + "/billing/close-period").expectStatus().isOk();
        } else {
            quire.post(tenant, "/api/v1/billing/plan", Map.of("plan", "business")).expectStatus().isAccepted();
        }
        return tenant;
    }

    private void assertMoneyBalances(Quire quire, List<Quire.Tenant> tenants) {
        Set<String> ours = new HashSet<>();
        tenants.forEach(tenant -> ours.add(tenant.id()));
        JsonNode charges = web.get().uri("/sandbox/payments/v1/charges").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("data");
        long captured = 0;
        long refunded = 0;
        Set<String> paidReferences = new HashSet<>();
        for (JsonNode charge : charges) {
            if (!ours.contains(charge.path("tenant").asText()) || !charge.path("status").asText().equals("succeeded")) {
                continue;
            }
            captured += charge.get("amount").asLong();
            refunded += charge.path("amount_refunded").asLong();
            assertThat(paidReferences.add(charge.get("reference").asText()))
                    .as("a second capture for invoice %s", charge.get("reference").asText()).isTrue();
        }
        long paidInvoices = 0;
        for (Quire.Tenant tenant : tenants) {
            JsonNode invoices = quire.get(tenant, "/api/v1/billing/invoices?limit=200").expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
            for (JsonNode invoice : invoices) {
                if (invoice.get("status").asText().equals("paid")) {
                    paidInvoices += invoice.get("totalMinor").asLong();
                }
            }
        }
        assertThat(captured).as("captured").isPositive();
        assertThat(PROVIDER.getAllServeEvents().size()).as("calls through the faulty provider, against charges made")
                .isGreaterThan(charges.size());
        ReliabilityReport.figure(getClass(), String.format("money: captured %d − refunded %d = %d, paid invoices %d; "
                + "lost = %d", captured, refunded, captured - refunded, paidInvoices,
                Math.abs(captured - refunded - paidInvoices)));
        assertThat(captured - refunded).as("captured − refunded").isEqualTo(paidInvoices);
    }

    /** Switches the provider between healthy and one of its faults every few hundred milliseconds. */
    private static final class Chaos extends Thread {

        private final Random random;
        private volatile boolean running = true;
        private StubMapping fault;
        private int injected;

        Chaos(Random random) {
            super("payment-chaos");
            this.random = random;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                heal();
                ResponseDefinitionBuilder response = switch (random.nextInt(5)) {
                    case 0 -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                    case 1 -> aResponse().withStatus(500).withBody("{\"error\":\"internal\"}");
                    case 2 -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"id\": 12, \"status\":");
                    // Takes the charge, then answers after the adapter has stopped waiting.
                    case 3 -> aResponse().proxiedFrom(sandbox).withFixedDelay(1500);
                    default -> null;
                };
                if (response != null) {
                    injected++;
                    fault = PROVIDER.stubFor(any(urlPathMatching("/sandbox/payments/.*")).atPriority(1)
                            .willReturn(response));
                }
                try {
                    Thread.sleep(200 + random.nextInt(400));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        int injected() {
            return injected;
        }

        synchronized void heal() {
            if (fault != null) {
                PROVIDER.removeStub(fault);
                fault = null;
            }
        }

        void stopAndHeal() throws InterruptedException {
            running = false;
            interrupt();
            join();
            heal();
        }
    }
}
