package io.quire.platform.evaluation.application;

import io.quire.contracts.paging.ListRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * How far an evaluation replays: up to an event position (a non-negative integer) or up to an instant (ISO-8601),
 * which stands for the last event stored at or before it.
 */
public record UpTo(String text, Long position, Instant instant) {

    public static UpTo parse(String text) {
        String value = text.trim();
        if (value.matches("\\d{1,18}")) {
            return new UpTo(value, Long.parseLong(value), null);
        }
        try {
            return new UpTo(value, null, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new ListRequest.Invalid("upTo", "upTo must be an event position (a non-negative integer) or an "
                    + "ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
