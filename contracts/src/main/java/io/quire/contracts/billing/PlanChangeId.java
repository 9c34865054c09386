package io.quire.contracts.billing;

import java.util.Objects;
import java.util.UUID;

/** Identifies one requested change of plan, from request to activation or cancellation. */
public record PlanChangeId(UUID value) {

    public PlanChangeId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static PlanChangeId parse(String raw) {
        return new PlanChangeId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
