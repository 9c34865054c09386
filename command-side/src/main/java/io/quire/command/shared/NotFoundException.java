package io.quire.command.shared;

/**
 * The named resource does not exist for this caller. Thrown alike for unknown ids and for another tenant's ids, so
 * that existence never leaks across tenants.
 */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id + " exists");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
