package io.quire.bench.history;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Writes one JSON object the way Quire's Jackson serializer writes a message: fields in declaration order, ids as
 * {@code {"value": "…"}}, no whitespace. Hand-written because the generator must stay far faster than a reflective
 * serializer, and must not depend on Quire's classes (the benchmarks only know Quire's formats).
 */
final class Json {

    private final StringBuilder out = new StringBuilder(2048).append('{');
    private boolean first = true;

    Json id(String name, UUID value) {
        name(name).append("{\"value\":\"").append(value).append("\"}");
        return this;
    }

    Json string(String name, String value) {
        if (value == null) {
            name(name).append("null");
            return this;
        }
        quote(name(name), value);
        return this;
    }

    Json number(String name, long value) {
        name(name).append(value);
        return this;
    }

    /** A number written as it is, for BigDecimal amounts such as {@code 0.005}. */
    Json decimal(String name, String value) {
        name(name).append(value);
        return this;
    }

    Json object(String name, Json value) {
        name(name).append(value.text());
        return this;
    }

    Json strings(String name, List<String> values) {
        StringBuilder list = name(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            quote(i == 0 ? list : list.append(','), values.get(i));
        }
        list.append(']');
        return this;
    }

    Json ids(String name, List<UUID> values) {
        StringBuilder list = name(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            (i == 0 ? list : list.append(',')).append("{\"value\":\"").append(values.get(i)).append("\"}");
        }
        list.append(']');
        return this;
    }

    String text() {
        return out + "}";
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    private StringBuilder name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        return out.append('"').append(name).append("\":");
    }

    /** JSON string escaping as Jackson does it for the characters the generator produces. */
    private static void quote(StringBuilder into, String value) {
        into.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> into.append("\\\"");
                case '\\' -> into.append("\\\\");
                case '\n' -> into.append("\\n");
                case '\t' -> into.append("\\t");
                case '\r' -> into.append("\\r");
                default -> {
                    if (c < 0x20) {
                        into.append(String.format("\\u%04X", (int) c));
                    } else {
                        into.append(c);
                    }
                }
            }
        }
        into.append('"');
    }
}
