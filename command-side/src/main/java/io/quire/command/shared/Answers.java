package io.quire.command.shared;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The shapes of command answers: 201 with a Location for creations, 200 for changes, both with an ETag. */
public final class Answers {

    private Answers() {
    }

    public static ResponseEntity<?> created(String path, CommandAck ack) {
        return ResponseEntity.created(URI.create(path)).eTag(Preconditions.etag(ack.version())).body(ack);
    }

    public static ResponseEntity<?> changed(CommandAck ack) {
        return ResponseEntity.ok().eTag(Preconditions.etag(ack.version())).body(ack);
    }
}
