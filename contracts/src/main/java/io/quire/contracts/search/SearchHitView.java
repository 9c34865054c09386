package io.quire.contracts.search;

import java.time.Instant;

/**
 * One search result: a page, notebook or decision of the caller's tenant, best matches first.
 *
 * @param type       {@code page}, {@code notebook} or {@code decision}
 * @param notebookId the notebook a page is in; {@code null} for notebooks and decisions
 * @param snippet    the best-matching passage, HTML-escaped, with the matches wrapped in {@code <mark>}…{@code </mark>}
 * @param rank       relevance, higher is better; comparable only within one search
 * @param status     a decision's status ({@code proposed}, {@code approved}, …); {@code null} for pages and notebooks
 * @param archived   whether the result or what holds it is archived (only shown with {@code archived=true})
 */
public record SearchHitView(String type, String id, String workspaceId, String notebookId, String title,
                            String snippet, float rank, Instant updatedAt, String status, boolean archived) {
}
