package io.quire.command.shared;

import java.util.function.Function;

/** Parses ids from paths; an id in the wrong format is simply not found, like any other unknown id. */
public final class Ids {

    private Ids() {
    }

    public static <T> T parse(String raw, String kind, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, raw);
        }
    }
}
