package io.quire.command.workspace;

import io.quire.command.shared.InvalidInputException;

import java.util.regex.Pattern;

/**
 * What a workspace's search language may be called: the name of a PostgreSQL text search configuration, written as
 * a plain lower-case identifier. Whether the server knows it is asked by {@link ServerSearchLanguages}.
 */
public final class SearchLanguage {

    /** What a workspace is searched in until it chooses otherwise. */
    public static final String DEFAULT = "english";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private SearchLanguage() {
    }

    public static String requireWellFormed(String language) {
        if (language == null || !NAME.matcher(language).matches()) {
            throw new InvalidInputException("language",
                    "language must be the name of a text search configuration, such as english, german or simple");
        }
        return language;
    }
}
