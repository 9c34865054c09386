package io.quire.query.shared;

import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import org.springframework.r2dbc.core.DatabaseClient;

import java.util.List;
import java.util.function.Function;

/**
 * Keyset pagination: each query fetches one row more than the page holds to learn whether another page follows,
 * and the next cursor names the last row shown.
 */
public final class Keyset {

    private Keyset() {
    }

    /** Binds the "after" condition's parameters when the request continues from a cursor. */
    public static DatabaseClient.GenericExecuteSpec bindAfterCreated(DatabaseClient.GenericExecuteSpec spec,
                                                                     ListRequest request) {
        DatabaseClient.GenericExecuteSpec bound = spec.bind("limit", request.limit() + 1);
        return request.firstPage() ? bound
                : bound.bind("afterAt", request.afterInstant()).bind("afterId", request.afterUuid());
    }

    /** The SQL condition that continues after the cursor, for tables ordered by (created_at, id column). */
    public static String afterCreated(ListRequest request, String idColumn) {
        return after(request, "created_at", idColumn);
    }

    /** The SQL condition that continues after the cursor, for rows ordered by (timestamp column, id column). */
    public static String after(ListRequest request, String timeColumn, String idColumn) {
        return request.firstPage() ? "" : "AND (" + timeColumn + ", " + idColumn + ") > (:afterAt, :afterId)";
    }

    /** The same for rows ordered newest first, by (timestamp column, id column) descending. */
    public static String before(ListRequest request, String timeColumn, String idColumn) {
        return request.firstPage() ? "" : "AND (" + timeColumn + ", " + idColumn + ") < (:afterAt, :afterId)";
    }

    public static <T> ListPage<T> page(List<T> rows, int limit, Function<T, String> sortKey, Function<T, String> id) {
        if (rows.size() <= limit) {
            return new ListPage<>(rows, null);
        }
        T last = rows.get(limit - 1);
        return new ListPage<>(List.copyOf(rows.subList(0, limit)),
                ListRequest.cursorAfter(sortKey.apply(last), id.apply(last)));
    }
}
