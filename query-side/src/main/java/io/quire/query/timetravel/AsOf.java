package io.quire.query.timetravel;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;

/** A resource as it was at {@code asOf}: the same JSON as its current view, with {@code asOf} added. */
public record AsOf<T>(@JsonUnwrapped T state, Instant asOf) {
}
