package io.quire.command.shared;

/** A field is larger than Quire stores. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
