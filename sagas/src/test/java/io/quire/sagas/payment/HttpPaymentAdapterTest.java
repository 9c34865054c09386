package io.quire.sagas.payment;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the payment adapter sends, and which answers it believes. */
@SpringBootTest(classes = {AdapterTestContext.class, PaymentConfiguration.class})
class HttpPaymentAdapterTest {

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
    void capturesAChargeSendingTheKeyTheApiKeyAndTheRequestedAmount() {
        provider.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CAPTURED)));

        ChargeOutcome outcome = payments.charge(charge("key-1"));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Captured("ch_1", 1500, "EUR"));
        provider.verify(postRequestedFor(urlEqualTo("/v1/charges"))
                .withHeader("Idempotency-Key", equalTo("key-1"))
                .withHeader("Authorization", equalTo("Bearer sk_test_adapter_tests"))
                .withRequestBody(equalToJson("""
                        {"amount": 1500, "currency": "EUR", "payment_method": "pm_card_ok", "reference": "inv-7",
                         "description": "Team plan", "tenant": "tenant-1"}""")));
    }

    @Test
    void aDeclinedCardIsAnOutcomeThatIsNeitherRetriedNorCountedAgainstTheProvider() {
        provider.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "card_error", "code": "card_declined", "message": "Your card was declined."}}""")));

        for (int i = 0; i < 6; i++) {
            assertThat(payments.charge(charge("declined-" + i)))
                    .isEqualTo(new ChargeOutcome.Declined("card_declined", "Your card was declined."));
        }

        assertThat(chargeRequests()).hasSize(6);
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": \"ch_1\", \"status\": \"succeeded\", \"amount\": 1499, \"currency\": \"eur\"}",
            "{\"id\": \"ch_1\", \"status\": \"succeeded\", \"amount\": 1500, \"currency\": \"usd\"}",
            "{\"id\": \"ch_1\", \"status\": \"pending\", \"amount\": 1500, \"currency\": \"eur\"}",
            "{\"status\": \"succeeded\", \"amount\": 1500, \"currency\": \"eur\"}",
            "{\"id\": \"ch_1\", \"status\": \"succeeded\", \"amount\": \"1500\", \"currency\": \"eur\"}",
            "{\"id\": \"ch_1\", \"status\": \"succe",
            "[]",
            ""})
    void anAnswerThatDoesNotMatchTheRequestIsNotTrusted(String body) {
        provider.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));

        assertThatThrownBy(() -> payments.charge(charge("key-odd")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("untrustworthy answer");
    }

    @Test
    void aRequestTheProviderRefusesIsAnAdapterFailureCarryingItsMessageAndIsNotRetried() {
        provider.stubFor(post("/v1/charges").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "invalid_request_error", "code": "parameter_invalid",
                                   "message": "currency is not supported"}}""")));

        assertThatThrownBy(() -> payments.charge(charge("key-bad")))
                .isInstanceOf(ProviderRefusal.class)
                .hasMessageContaining("400")
                .hasMessageContaining("currency is not supported");
        assertThat(chargeRequests()).hasSize(1);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void refundsAndChecksTheReceiptAgainstTheRequest() {
        provider.stubFor(post("/v1/refunds").willReturn(okJson("""
                {"id": "re_1", "status": "succeeded", "charge": "ch_1", "amount": 500, "currency": "eur"}""")));

        RefundReceipt receipt = payments.refund(new RefundRequest("refund-1", "ch_1", 500, "EUR", "plan reverted"));

        assertThat(receipt).isEqualTo(new RefundReceipt("re_1", "ch_1", 500, "EUR"));
        provider.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-1"))
                .withRequestBody(equalToJson("""
                        {"charge": "ch_1", "amount": 500, "currency": "EUR", "reason": "plan reverted"}""")));
    }

    @Test
    void aRefundReceiptForAnotherChargeIsNotTrusted() {
        provider.stubFor(post("/v1/refunds").willReturn(okJson("""
                {"id": "re_1", "status": "succeeded", "charge": "ch_2", "amount": 500, "currency": "eur"}""")));

        assertThatThrownBy(() -> payments.refund(new RefundRequest("refund-2", "ch_1", 500, "EUR", "")))
                .isInstanceOf(AdapterFailure.class)
                .hasMessageContaining("charge");
    }

    @Test
    void aRefundOfAnUnknownChargeIsRefused() {
        provider.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such charge"}}""")));

        assertThatThrownBy(() -> payments.refund(new RefundRequest("refund-3", "ch_404", 500, "EUR", "")))
                .isInstanceOf(ProviderRefusal.class)
                .hasMessageContaining("resource_missing");
    }

    @Test
    void aChargeWithoutAnIdempotencyKeyIsAProgrammingError() {
        assertThatThrownBy(() -> payments.charge(charge(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThat(chargeRequests()).isEmpty();
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
