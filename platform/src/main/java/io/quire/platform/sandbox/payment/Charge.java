package io.quire.platform.sandbox.payment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One charge attempt at the payment sandbox; {@code failureCode} is null when the money was captured. */
record Charge(String id, long amount, String currency, String paymentMethod, String reference, String description,
              String tenant, String failureCode, long amountRefunded, Instant created) {

    boolean captured() {
        return failureCode == null;
    }

    long refundable() {
        return amount - amountRefunded;
    }

    Charge withRefunded(long more) {
        return new Charge(id, amount, currency, paymentMethod, reference, description, tenant, failureCode,
                amountRefunded + more, created);
    }

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("object", "charge");
        view.put("status", captured() ? "succeeded" : "failed");
        view.put("amount", amount);
        view.put("currency", currency);
        view.put("amount_refunded", amountRefunded);
        view.put("payment_method", paymentMethod);
        view.put("failure_code", failureCode);
        view.put("reference", reference);
        view.put("description", description);
        view.put("tenant", tenant);
        view.put("created", created.toString());
        return view;
    }
}
