package io.quire.query.page;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.quire.contracts.page.PageAtVersionView;

import java.util.List;

/** A unified diff (three lines of context) of two versions of a page's body. */
final class UnifiedDiff {

    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    static String of(PageAtVersionView from, PageAtVersionView to) {
        List<String> before = from.body().lines().toList();
        List<String> after = to.body().lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                "v" + from.version(), "v" + to.version(), before, DiffUtils.diff(before, after), CONTEXT_LINES);
        return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
    }
}
