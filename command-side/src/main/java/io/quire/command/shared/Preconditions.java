package io.quire.command.shared;

/** Reads the {@code If-Match} header, which carries the version the client last saw. */
public final class Preconditions {

    private Preconditions() {
    }

    /** The version in an {@code If-Match} header, or {@code null} when the header is absent. */
    public static Long optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String raw = ifMatch.trim();
        if (raw.startsWith("W/")) {
            raw = raw.substring(2);
        }
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        try {
            long version = Long.parseLong(raw);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be a version such as \"3\"");
        }
    }

    /** Like {@link #optionalVersion} but refuses with 428 when the header is missing. */
    public static long requiredVersion(String ifMatch) {
        Long version = optionalVersion(ifMatch);
        if (version == null) {
            throw new PreconditionRequiredException(
                    "This update needs an If-Match header with the version you last read");
        }
        return version;
    }

    /** The strong entity tag Quire uses for a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
