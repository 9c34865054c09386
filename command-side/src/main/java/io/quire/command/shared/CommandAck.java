package io.quire.command.shared;

/**
 * What a command answer carries: the resource, its new version, and the consistency token (the position of the
 * event in the global event stream) that queries can wait for.
 */
public record CommandAck(String id, long version, String consistency) {
}
