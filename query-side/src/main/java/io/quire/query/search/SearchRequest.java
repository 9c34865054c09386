package io.quire.query.search;

import io.quire.contracts.paging.ListRequest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The parameters of a search, checked: what to look for, which kind of result, in which workspace, how many, and
 * after which result. Bad values are refused as {@link ListRequest.Invalid}, naming the parameter.
 * <p>
 * The cursor holds the rank and id of the last result shown; the next page continues below it in the same order
 * (rank descending, then id descending), so pages neither repeat nor skip results while the index stands still.
 */
record SearchRequest(List<SearchSyntax.Term> terms, String type, UUID workspace, int limit, Float afterRank,
                     UUID afterId, boolean includeArchived) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final Set<String> TYPES = Set.of("page", "notebook", "decision");

    static SearchRequest parse(String q, String type, String workspace, String limit, String cursor,
                               boolean includeArchived) {
        List<SearchSyntax.Term> terms;
        try {
            terms = SearchSyntax.parse(q);
        } catch (SearchSyntax.Invalid e) {
            throw new ListRequest.Invalid("q", e.getMessage());
        }
        if (type != null && !TYPES.contains(type)) {
            throw new ListRequest.Invalid("type", "type must be page, notebook or decision");
        }
        ListRequest after = ListRequest.parse(null, cursor);
        return new SearchRequest(terms, type, workspaceId(workspace), size(limit),
                after.firstPage() ? null : rankOf(after), after.firstPage() ? null : after.afterUuid(),
                includeArchived);
    }

    SearchStatement.Shape shape() {
        return new SearchStatement.Shape(type != null, workspace != null, includeArchived, afterRank != null);
    }

    private static int size(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.trim());
            if (size >= 1 && size <= MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // Refused below, like any other out-of-range value.
        }
        throw new ListRequest.Invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static UUID workspaceId(String workspace) {
        if (workspace == null) {
            return null;
        }
        try {
            return UUID.fromString(workspace.trim());
        } catch (IllegalArgumentException e) {
            throw new ListRequest.Invalid("workspace", "workspace must be the id of one of your workspaces");
        }
    }

    private static float rankOf(ListRequest after) {
        try {
            float rank = Float.parseFloat(after.afterKey());
            if (Float.isFinite(rank)) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // Refused below, like any other forged cursor.
        }
        throw new ListRequest.Invalid("cursor", "cursor is not one this API handed out");
    }
}
