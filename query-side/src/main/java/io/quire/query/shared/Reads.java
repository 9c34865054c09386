package io.quire.query.shared;

import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/** Shapes query answers: the consistency header always, and an ETag with the version for single resources. */
public final class Reads {

    private Reads() {
    }

    public static <T> Mono<ResponseEntity<T>> list(Mono<Boolean> reached, Mono<T> read) {
        return reached.flatMap(current -> read.map(body -> ResponseEntity.ok()
                .header(ReadYourWrites.HEADER, ReadYourWrites.headerValue(current))
                .body(body)));
    }

    public static <T> Mono<ResponseEntity<T>> single(Mono<Boolean> reached, Mono<T> read, Function<T, Long> version,
                                                     RuntimeException whenMissing) {
        return reached.flatMap(current -> read
                .switchIfEmpty(Mono.error(() -> current ? whenMissing : notYet(whenMissing)))
                .map(body -> ResponseEntity.ok()
                        .header(ReadYourWrites.HEADER, ReadYourWrites.headerValue(current))
                        .eTag("\"" + version.apply(body) + "\"")
                        .body(body)));
    }

    /**
     * A resource missing while the read model has not reached the caller's write yet may simply not be projected
     * yet: the 404 then says the read is stale, so that the client can ask again instead of giving up.
     */
    private static RuntimeException notYet(RuntimeException whenMissing) {
        if (whenMissing instanceof ErrorResponseException refusal) {
            refusal.getHeaders().set(ReadYourWrites.HEADER, ReadYourWrites.headerValue(false));
        }
        return whenMissing;
    }
}
