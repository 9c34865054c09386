package io.quire.platform.replay.application;

/** The request is understood but the projection's state or nature forbids it (409). */
public class ProjectionRefused extends RuntimeException {

    public ProjectionRefused(String message) {
        super(message);
    }
}
