package io.quire.contracts.workspace;

import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace inside a tenant. */
public record WorkspaceId(UUID value) {

    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkspaceId random() {
        return new WorkspaceId(UUID.randomUUID());
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static WorkspaceId parse(String raw) {
        return new WorkspaceId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
