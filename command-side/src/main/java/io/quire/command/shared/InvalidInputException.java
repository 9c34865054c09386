package io.quire.command.shared;

/** A field of the request breaks a rule; {@code field} names it so the client can point at it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
