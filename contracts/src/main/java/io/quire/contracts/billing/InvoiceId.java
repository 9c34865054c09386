package io.quire.contracts.billing;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice. */
public record InvoiceId(UUID value) {

    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the raw form; throws {@link IllegalArgumentException} when it is not a UUID. */
    public static InvoiceId parse(String raw) {
        return new InvoiceId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
