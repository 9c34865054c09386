package io.quire.command.shared;

/** The caller may see the resource but is not among those allowed to do this to it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
