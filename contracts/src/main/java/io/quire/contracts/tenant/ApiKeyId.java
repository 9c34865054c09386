package io.quire.contracts.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identifies one API key of a tenant; the key's principal is {@code key:<id>}. */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static ApiKeyId parse(String raw) {
        return new ApiKeyId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
