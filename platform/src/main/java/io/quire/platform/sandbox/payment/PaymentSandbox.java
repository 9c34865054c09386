package io.quire.platform.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.sandbox.IdempotentAnswers;
import io.quire.platform.sandbox.SandboxAnswer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.quire.platform.sandbox.SandboxInputs.currency;
import static io.quire.platform.sandbox.SandboxInputs.positiveWhole;
import static io.quire.platform.sandbox.SandboxInputs.text;

/**
 * An in-memory card-payment provider with test payment methods: {@code pm_card_ok} is captured,
 * {@code pm_card_declined} and {@code pm_card_insufficient_funds} are declined (402), and any other method is
 * declined as {@code invalid_payment_method}, because to the payer an unusable card is a decline, not an outage.
 * Every attempt is kept as a charge, failed ones too. Calls are serialised: it is a sandbox, not a bank.
 */
@Component
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class PaymentSandbox {

    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final List<Refund> refunds = new ArrayList<>();
    private final IdempotentAnswers answers = new IdempotentAnswers();

    public synchronized SandboxAnswer charge(String idempotencyKey, JsonNode request) {
        return answers.once("charge", idempotencyKey, request, () -> capture(request));
    }

    public synchronized SandboxAnswer refund(String idempotencyKey, JsonNode request) {
        return answers.once("refund", idempotencyKey, request, () -> giveBack(request));
    }

    /** Every charge, newest first. */
    public synchronized List<Map<String, Object>> charges() {
        List<Map<String, Object>> views = new ArrayList<>(charges.values().stream().map(Charge::view).toList());
        Collections.reverse(views);
        return views;
    }

    /** Every refund, newest first. */
    public synchronized List<Map<String, Object>> refunds() {
        List<Map<String, Object>> views = new ArrayList<>(refunds.stream().map(Refund::view).toList());
        Collections.reverse(views);
        return views;
    }

    private SandboxAnswer capture(JsonNode request) {
        Long amount = positiveWhole(request, "amount");
        String currency = currency(request, "currency");
        String method = text(request, "payment_method");
        if (amount == null || currency == null || method == null) {
            return SandboxAnswer.invalid("amount (a positive whole number of minor units), currency (three letters) "
                    + "and payment_method are required");
        }
        String declineCode = switch (method) {
            case "pm_card_ok" -> null;
            case "pm_card_declined" -> "card_declined";
            case "pm_card_insufficient_funds" -> "insufficient_funds";
            default -> "invalid_payment_method";
        };
        Charge charge = new Charge(newId("ch_"), amount, currency, method, text(request, "reference"),
                text(request, "description"), text(request, "tenant"), declineCode, 0, Instant.now());
        charges.put(charge.id(), charge);
        if (declineCode != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", "card_error");
            error.put("code", declineCode);
            error.put("message", declineMessage(declineCode));
            error.put("charge", charge.id());
            return SandboxAnswer.of(402, Map.of("error", error));
        }
        return SandboxAnswer.of(201, charge.view());
    }

    private SandboxAnswer giveBack(JsonNode request) {
        String chargeId = text(request, "charge");
        Long amount = positiveWhole(request, "amount");
        String currency = currency(request, "currency");
        if (chargeId == null || amount == null || currency == null) {
            return SandboxAnswer.invalid("charge, amount (a positive whole number) and currency are required");
        }
        Charge charge = charges.get(chargeId);
        if (charge == null) {
            return SandboxAnswer.notFound("No such charge: " + chargeId);
        }
        if (!charge.captured()) {
            return SandboxAnswer.error(400, "invalid_request_error", "charge_not_refundable",
                    "Charge " + chargeId + " was declined, so there is nothing to refund");
        }
        if (!charge.currency().equals(currency)) {
            return SandboxAnswer.invalid("The refund's currency must be the charge's, " + charge.currency());
        }
        if (amount > charge.refundable()) {
            return SandboxAnswer.error(400, "invalid_request_error", "amount_too_large", "Refund amount " + amount
                    + " is greater than the " + charge.refundable() + " left to refund on " + chargeId);
        }
        charges.put(chargeId, charge.withRefunded(amount));
        Refund refund = new Refund(newId("re_"), chargeId, amount, currency, text(request, "reason"), Instant.now());
        refunds.add(refund);
        return SandboxAnswer.of(200, refund.view());
    }

    private static String declineMessage(String code) {
        return switch (code) {
            case "card_declined" -> "Your card was declined.";
            case "insufficient_funds" -> "Your card has insufficient funds.";
            default -> "This payment method cannot be used.";
        };
    }

    private static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
