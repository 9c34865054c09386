package io.quire.contracts.page;

/** A unified diff of a page's body between two versions. */
public record PageDiffView(String id, long from, long to, String diff) {
}
