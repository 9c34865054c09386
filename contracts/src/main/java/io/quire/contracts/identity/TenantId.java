package io.quire.contracts.identity;

import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant: the organisation that owns workspaces and pays for them. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static TenantId parse(String raw) {
        return new TenantId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
