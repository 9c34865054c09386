package io.quire.command.shared;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What Quire accepts as names, titles and Markdown bodies. Text is stored exactly as given: it is never trimmed or
 * normalised, so emoji, right-to-left text and combining marks round-trip byte for byte.
 */
public final class TextRules {

    public static final int MAX_TITLE_CODE_POINTS = 200;
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private TextRules() {
    }

    /** A title or name: present, not blank, at most 200 characters, no control characters. */
    public static String requireTitle(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_TITLE_CODE_POINTS) {
            throw new InvalidInputException(field, field + " must be at most " + MAX_TITLE_CODE_POINTS + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " must not contain control characters");
        }
        requireWellFormed(field, value);
        return value;
    }

    /** A Markdown body: may be empty, at most 1 MiB of UTF-8, and free of NUL, which PostgreSQL text cannot hold. */
    public static String requireBody(String field, String value) {
        String body = value == null ? "" : value;
        if (body.length() > MAX_BODY_BYTES / 4 && body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new ContentTooLargeException(field + " must be at most 1 MiB of UTF-8");
        }
        if (body.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, field + " must not contain NUL characters");
        }
        requireWellFormed(field, body);
        return body;
    }

    /**
     * An optional e-mail address: absent, or one plain {@code local@domain} address of at most 254 characters.
     * Mail servers do the real checking; this only keeps out what could never be delivered or could inject headers.
     */
    public static String optionalEmail(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
            throw new InvalidInputException(field, field + " must be a single e-mail address such as ada@example.com");
        }
        return value;
    }

    /** Rejects unpaired UTF-16 surrogates: they cannot be stored as UTF-8 and would not round-trip. */
    private static void requireWellFormed(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, field + " contains an unpaired surrogate character");
            }
        }
    }
}
