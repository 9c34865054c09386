package io.quire.sagas.payment;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.adapter.AdapterTestContext;
import io.quire.sagas.adapter.ProviderRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The payment adapter against a provider that fails: retries, time limit and circuit breaker. */
@SpringBootTest(classes = {AdapterTestContext.class, PaymentConfiguration.class})
class PaymentResilienceTest {

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String CAPTURED = """
            {"id": "ch_1", "status": "succeeded", "amount": 1500, "currency": "eur"}""";

    @DynamicPropertySource
    static void pointAtProvider(DynamicPropertyRegistry registry) {
        registry.add("quire.adapters.payment.base-url", provider::baseUrl);
    }

    @Autowired
    PaymentPort payments;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void closeTheBreaker() {
        breaker().reset();
    }

    @Test
    void retriesAfterAServerErrorWithTheSameIdempotencyKey() {
        provider.stubFor(post("/v1/charges").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("recovered"));
        provider.stubFor(post("/v1/charges").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(CAPTURED)));

        ChargeOutcome outcome = payments.charge(charge("key-retried"));

        assertThat(outcome).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(chargeRequests()).hasSize(2)
                .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo("key-retried"));
    }

    @Test
    void aProviderThatKeepsFailingEndsInAnAdapterFailureAfterEveryAttemptUsedTheSameKey() {
        provider.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "api_error", "code": "unavailable", "message": "Try again later"}}""")));

        assertThatThrownBy(() -> payments.charge(charge("key-down")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("503");

        assertThat(chargeRequests()).hasSize(3)
                .allSatisfy(request -> assertThat(request.getHeader("Idempotency-Key")).isEqualTo("key-down"));
    }

    @Test
    void tooManyRequestsIsRetried() {
        provider.stubFor(post("/v1/charges").inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429)).willSetStateTo("calm"));
        provider.stubFor(post("/v1/charges").inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(CAPTURED)));

        assertThat(payments.charge(charge("key-busy"))).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(chargeRequests()).hasSize(2);
    }

    @Test
    void aConnectionResetIsAnAdapterFailure() {
        provider.stubFor(post("/v1/charges").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> payments.charge(charge("key-reset")))
                .isInstanceOf(AdapterFailure.class)
                .isNotInstanceOf(ProviderRefusal.class);
    }

    @Test
    void aProviderSlowerThanTheTimeLimitIsAnAdapterFailure() {
        provider.stubFor(post("/v1/charges").willReturn(okJson(CAPTURED).withFixedDelay(4_000)));

        assertThatThrownBy(() -> payments.charge(charge("key-slow")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("no answer within")
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndClosesOnceTheProviderIsHealthyAgain() throws InterruptedException {
        provider.stubFor(post("/v1/charges").willReturn(serverError()));
        for (int i = 0; i < 4; i++) {
            String key = "key-failing-" + i;
            assertThatThrownBy(() -> payments.charge(charge(key))).isInstanceOf(AdapterFailure.class);
        }
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int sent = chargeRequests().size();

        assertThatThrownBy(() -> payments.charge(charge("key-while-open")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("circuit breaker is open");
        assertThat(chargeRequests()).hasSize(sent);

        provider.stubFor(post("/v1/charges").willReturn(okJson(CAPTURED)));
        assertThat(firstSuccessWithin(Duration.ofSeconds(10))).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        payments.charge(charge("key-healthy"));
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private ChargeOutcome firstSuccessWithin(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        for (int attempt = 0; ; attempt++) {
            try {
                return payments.charge(charge("key-probe-" + attempt));
            } catch (AdapterFailure stillOpen) {
                if (Instant.now().isAfter(deadline)) {
                    throw stillOpen;
                }
                Thread.sleep(50);
            }
        }
    }

    private CircuitBreaker breaker() {
        return circuitBreakers.circuitBreaker(HttpPaymentAdapter.NAME);
    }

    private static List<LoggedRequest> chargeRequests() {
        return provider.findAll(postRequestedFor(urlEqualTo("/v1/charges")));
    }

    private static ChargeRequest charge(String key) {
        return new ChargeRequest(key, "tenant-1", "pm_card_ok", 1500, "EUR", "inv-7", "Team plan");
    }
}
