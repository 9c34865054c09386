package io.quire.sagas.payment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sagas.adapter.ProviderAnswer;
import io.quire.sagas.adapter.ProviderGuard;
import io.quire.sagas.adapter.ProviderHttp;
import org.springframework.http.HttpMethod;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link PaymentPort} over a card-payment provider's HTTP API: {@code POST /v1/charges} and {@code POST /v1/refunds},
 * each with an {@code Idempotency-Key} that every retry of the call repeats. A 402 card error is a decline; a
 * success counts only once its status, id, amount and currency match what was asked.
 */
public class HttpPaymentAdapter implements PaymentPort {

    public static final String NAME = "payment";
    private static final String SUCCEEDED = "succeeded";

    private final ProviderHttp http;
    private final ProviderGuard guard;

    public HttpPaymentAdapter(ProviderHttp http, ProviderGuard guard) {
        this.http = http;
        this.guard = guard;
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        requireKey(request.idempotencyKey());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", request.amountMinor());
        body.put("currency", request.currency());
        body.put("payment_method", request.paymentMethod());
        body.put("reference", request.reference());
        body.put("description", request.description());
        body.put("tenant", request.tenantId());
        return guard.call(() -> outcome(request,
                http.send(HttpMethod.POST, request.idempotencyKey(), body, "/v1/charges")));
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        requireKey(request.idempotencyKey());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("charge", request.chargeId());
        body.put("amount", request.amountMinor());
        body.put("currency", request.currency());
        body.put("reason", request.reason());
        return guard.call(() -> receipt(request,
                http.send(HttpMethod.POST, request.idempotencyKey(), body, "/v1/refunds")));
    }

    private static ChargeOutcome outcome(ChargeRequest request, ProviderAnswer answer) {
        if (answer.status() == 402) {
            JsonNode error = answer.json().path("error");
            String code = error.path("code").asText("");
            if (!"card_error".equals(error.path("type").asText()) || code.isBlank()) {
                throw answer.unexpected("a 402 without a card error code");
            }
            return new ChargeOutcome.Declined(code, error.path("message").asText(code));
        }
        if (!answer.succeeded()) {
            throw answer.refusal();
        }
        answer.expect("status", SUCCEEDED);
        answer.expect("amount", request.amountMinor());
        answer.expect("currency", request.currency());
        return new ChargeOutcome.Captured(answer.text("id"), request.amountMinor(), request.currency());
    }

    private static RefundReceipt receipt(RefundRequest request, ProviderAnswer answer) {
        if (!answer.succeeded()) {
            throw answer.refusal();
        }
        answer.expect("status", SUCCEEDED);
        answer.expect("charge", request.chargeId());
        answer.expect("amount", request.amountMinor());
        answer.expect("currency", request.currency());
        return new RefundReceipt(answer.text("id"), request.chargeId(), request.amountMinor(), request.currency());
    }

    private static void requireKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("Every payment call needs an idempotency key");
        }
    }
}
