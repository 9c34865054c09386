package io.quire.command.shared;

/** The request refers to something that cannot be used for it, such as a target notebook in another workspace. */
public class UnprocessableException extends RuntimeException {

    private final String field;

    public UnprocessableException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
