package io.quire.contracts.paging;

import java.util.List;

/** One page of a list, with the cursor for the next page, or {@code null} when this is the last. */
public record ListPage<T>(List<T> items, String nextCursor) {
}
