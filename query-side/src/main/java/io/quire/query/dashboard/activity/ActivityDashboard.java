package io.quire.query.dashboard.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's activity over a range: events per bucket and type, and the pages and notebooks with the most events.
 *
 * @param bucket  {@code hour} or {@code day} (UTC)
 * @param buckets every bucket of the range, oldest first, empty ones included
 */
public record ActivityDashboard(Instant from, Instant to, String bucket, List<Bucket> buckets, List<TopPage> topPages,
                                List<TopNotebook> topNotebooks) {

    /** @param byType events per type, named like {@code PageEdited} */
    public record Bucket(Instant start, long total, Map<String, Long> byType) {
    }

    public record TopPage(String pageId, String title, long events) {
    }

    /** @param events the notebook's own events and those of the pages in it at the time */
    public record TopNotebook(String notebookId, String title, long events) {
    }
}
