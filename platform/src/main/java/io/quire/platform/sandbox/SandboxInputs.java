package io.quire.platform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;

/** Reads fields of a sandbox request body; each answers null when the field is absent or has the wrong form. */
public final class SandboxInputs {

    private SandboxInputs() {
    }

    public static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    public static Long positiveWhole(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0 ? value.longValue() : null;
    }

    /** A three-letter ISO currency code, in lower case as card providers write it. */
    public static String currency(JsonNode body, String field) {
        String value = text(body, field);
        return value != null && value.matches("[A-Za-z]{3}") ? value.toLowerCase(Locale.ROOT) : null;
    }
}
