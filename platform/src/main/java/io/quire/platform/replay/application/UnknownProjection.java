package io.quire.platform.replay.application;

/** No processing group or candidate projection has this name (404). */
public class UnknownProjection extends RuntimeException {

    public UnknownProjection(String name) {
        super("There is no projection named '" + name + "'");
    }
}
