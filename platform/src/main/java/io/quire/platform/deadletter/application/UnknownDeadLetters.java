package io.quire.platform.deadletter.application;

/** The processing group has no dead-letter queue, or its queue holds nothing of the sequence asked for. */
public class UnknownDeadLetters extends RuntimeException {

    private UnknownDeadLetters(String message) {
        super(message);
    }

    static UnknownDeadLetters group(String group) {
        return new UnknownDeadLetters("There is no dead-letter queue for processing group '" + group + "'");
    }

    static UnknownDeadLetters sequence(String group, String sequenceIdentifier) {
        return new UnknownDeadLetters("Processing group '" + group + "' holds no dead letters of sequence '"
                + sequenceIdentifier + "'");
    }
}
