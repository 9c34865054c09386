package io.quire.platform.sandbox.payment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Money given back on a captured charge at the payment sandbox. */
record Refund(String id, String charge, long amount, String currency, String reason, Instant created) {

    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("object", "refund");
        view.put("status", "succeeded");
        view.put("charge", charge);
        view.put("amount", amount);
        view.put("currency", currency);
        view.put("reason", reason);
        view.put("created", created.toString());
        return view;
    }
}
