package io.quire.platform.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.sandbox.SandboxAnswer;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * The payment sandbox's HTTP API, shaped like a card-payment provider's. Writes need a test key
 * ({@code Bearer sk_test_…}) and an {@code Idempotency-Key}; the two lists are open, for looking around. It is
 * outside {@code /api/}, so Quire's own authentication does not apply, and outside the OpenAPI document, since it
 * is not Quire's API.
 */
@Hidden
@RestController
@RequestMapping("/sandbox/payments/v1")
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class PaymentSandboxEndpoint {

    static final String TEST_KEY_PREFIX = "sk_test_";

    private final PaymentSandbox sandbox;

    public PaymentSandboxEndpoint(PaymentSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @PostMapping("/charges")
    public ResponseEntity<Object> charge(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                         @RequestBody(required = false) JsonNode body) {
        return write(auth, key, body, sandbox::charge);
    }

    @PostMapping("/refunds")
    public ResponseEntity<Object> refund(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                         @RequestBody(required = false) JsonNode body) {
        return write(auth, key, body, sandbox::refund);
    }

    @GetMapping("/charges")
    public Map<String, Object> charges() {
        return Map.of("object", "list", "data", sandbox.charges());
    }

    @GetMapping("/refunds")
    public Map<String, Object> refunds() {
        return Map.of("object", "list", "data", sandbox.refunds());
    }

    private static ResponseEntity<Object> write(String auth, String key, JsonNode body,
                                                BiFunction<String, JsonNode, SandboxAnswer> action) {
        if (!SandboxAnswer.presentsKey(auth, TEST_KEY_PREFIX)) {
            return SandboxAnswer.unauthorized(TEST_KEY_PREFIX).toResponse();
        }
        if (body == null || !body.isObject()) {
            return SandboxAnswer.invalid("The body must be a JSON object").toResponse();
        }
        return action.apply(key, body).toResponse();
    }
}
