package io.quire.contracts.page;

import java.util.Objects;
import java.util.UUID;

/** Identifies a page; the id stays the same across versions and moves. */
public record PageId(UUID value) {

    public PageId {
        Objects.requireNonNull(value, "value");
    }

    public static PageId random() {
        return new PageId(UUID.randomUUID());
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static PageId parse(String raw) {
        return new PageId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
