package io.quire.command.shared;

/** An update came without the {@code If-Match} version it needs to be safe against lost updates. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
