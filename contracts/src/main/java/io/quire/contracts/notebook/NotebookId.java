package io.quire.contracts.notebook;

import java.util.Objects;
import java.util.UUID;

/** Identifies a notebook inside a workspace. */
public record NotebookId(UUID value) {

    public NotebookId {
        Objects.requireNonNull(value, "value");
    }

    public static NotebookId random() {
        return new NotebookId(UUID.randomUUID());
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static NotebookId parse(String raw) {
        return new NotebookId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
