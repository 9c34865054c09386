package io.quire.contracts.decision;

import java.util.Objects;
import java.util.UUID;

/** Identifies a decision; it stays the same from proposal to whatever ends it. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static DecisionId parse(String raw) {
        return new DecisionId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
