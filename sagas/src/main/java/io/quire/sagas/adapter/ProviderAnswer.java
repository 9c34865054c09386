package io.quire.sagas.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;

/**
 * One answer of an HTTP provider, to be checked before it is believed. The accessors throw {@link AdapterFailure}
 * for anything missing or malformed, which makes the guard retry the call and count it against the provider.
 */
public final class ProviderAnswer {

    private final String adapter;
    private final int status;
    private final JsonNode body;
    private final boolean readable;

    private ProviderAnswer(String adapter, int status, JsonNode body, boolean readable) {
        this.adapter = adapter;
        this.status = status;
        this.body = body;
        this.readable = readable;
    }

    static ProviderAnswer read(String adapter, int status, byte[] bytes, ObjectMapper json) {
        if (bytes.length == 0) {
            return new ProviderAnswer(adapter, status, MissingNode.getInstance(), true);
        }
        try {
            return new ProviderAnswer(adapter, status, json.readTree(bytes), true);
        } catch (IOException e) {
            return new ProviderAnswer(adapter, status, MissingNode.getInstance(), false);
        }
    }

    public int status() {
        return status;
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** Worth asking again: the provider failed, was overloaded, or the request raced another with the same key. */
    boolean isTransientFailure() {
        return status >= 500 || status == 408 || status == 409 || status == 425 || status == 429;
    }

    /** The body, which must be a JSON object. */
    public JsonNode json() {
        if (!readable || !body.isObject()) {
            throw unexpected("the body is not a JSON object");
        }
        return body;
    }

    /** A non-blank text field of the body. */
    public String text(String field) {
        JsonNode value = json().path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw unexpected("'" + field + "' is missing or not text");
        }
        return value.asText();
    }

    /** A whole-number field of the body. */
    public long whole(String field) {
        JsonNode value = json().path(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw unexpected("'" + field + "' is missing or not a whole number");
        }
        return value.longValue();
    }

    /** Requires {@code field} to hold {@code expected}, ignoring case, as providers normalise codes and currencies. */
    public void expect(String field, String expected) {
        String actual = text(field);
        if (!actual.equalsIgnoreCase(expected)) {
            throw unexpected("'" + field + "' is " + actual + ", expected " + expected);
        }
    }

    public void expect(String field, long expected) {
        long actual = whole(field);
        if (actual != expected) {
            throw unexpected("'" + field + "' is " + actual + ", expected " + expected);
        }
    }

    public AdapterFailure unexpected(String what) {
        return new AdapterFailure(adapter, "untrustworthy answer (HTTP " + status + "): " + what);
    }

    public ProviderRefusal refusal() {
        return new ProviderRefusal(adapter, "refused with HTTP " + status + errorDetail());
    }

    AdapterFailure transientFailure() {
        return new AdapterFailure(adapter, "failed with HTTP " + status + errorDetail());
    }

    private String errorDetail() {
        JsonNode error = readable ? body.path("error") : MissingNode.getInstance();
        String code = error.path("code").asText("");
        String message = error.path("message").asText("");
        if (code.isEmpty() && message.isEmpty()) {
            return "";
        }
        return ": " + (code.isEmpty() ? message : message.isEmpty() ? code : code + " (" + message + ")");
    }
}
