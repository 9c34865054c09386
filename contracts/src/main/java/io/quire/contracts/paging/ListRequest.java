package io.quire.contracts.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * One page of a list: how many items, and after which one. The cursor is opaque to clients; inside it is the sort
 * key and id of the last item of the previous page, so pages stay stable while items are added.
 *
 * @param limit    items per page, 1 to 200
 * @param afterKey sort key of the last item already seen, or {@code null} for the first page
 * @param afterId  id of the last item already seen, or {@code null} for the first page
 */
public record ListRequest(int limit, String afterKey, String afterId) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Parses the {@code limit} and {@code cursor} query parameters; throws {@link Invalid} for bad values. */
    public static ListRequest parse(String limit, String cursor) {
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new Invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw new Invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        if (cursor == null || cursor.isBlank()) {
            return new ListRequest(size, null, null);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = decoded.indexOf('|');
            // Quire never hands out a NUL, and PostgreSQL text cannot hold one.
            if (split < 1 || split == decoded.length() - 1 || decoded.indexOf('\u0000') >= 0) {
                throw new IllegalArgumentException();
            }
            return new ListRequest(size, decoded.substring(0, split), decoded.substring(split + 1));
        } catch (IllegalArgumentException e) {
            throw forged();
        }
    }

    public boolean firstPage() {
        return afterKey == null;
    }

    /** The sort key as an instant; a cursor whose key is not one is refused as {@link Invalid}. */
    public Instant afterInstant() {
        try {
            return Instant.parse(afterKey);
        } catch (RuntimeException e) {
            throw forged();
        }
    }

    /** The sort key as a number; a cursor whose key is not one is refused as {@link Invalid}. */
    public long afterNumber() {
        try {
            return Long.parseLong(afterKey);
        } catch (RuntimeException e) {
            throw forged();
        }
    }

    /** The id as a UUID; a cursor whose id is not one is refused as {@link Invalid}. */
    public UUID afterUuid() {
        try {
            return UUID.fromString(afterId);
        } catch (RuntimeException e) {
            throw forged();
        }
    }

    private static Invalid forged() {
        return new Invalid("cursor", "cursor is not one this API handed out");
    }

    /** The cursor that continues after an item with this sort key and id. */
    public static String cursorAfter(String sortKey, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortKey + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** A list parameter that cannot be honoured. */
    public static final class Invalid extends RuntimeException {

        private final String parameter;

        public Invalid(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
