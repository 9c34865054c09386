package io.quire.command.shared;

/** The command is well formed but the resource's current state does not allow it, for example editing an archived page. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
