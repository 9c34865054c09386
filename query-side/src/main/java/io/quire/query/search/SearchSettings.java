package io.quire.query.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How many searches run at once, under {@code quire.search}. A search of common words in a large tenant can take
 * a database connection for a long while; the limit keeps enough connections for page and list reads.
 *
 * @param maxConcurrent searches running at once on one node
 * @param maxWaiting    searches waiting for one of them; more are refused at once
 * @param maxWait       how long a search waits before it is refused
 * @param retryAfter    what a refusal's {@code Retry-After} says
 * @param maxRanked     matches ranked per search language of a search; a search with more ranks the first it finds
 *                      and says so, so that a common word in a very large tenant still answers in bounded time
 * @param deferTermsAfter how old an event must be, when the index handles it, for the document's terms to be left
 *                        for later: the index is then catching up (a rebuild, a first start on a history, a restart
 *                        after an outage), and each document is indexed once from its final state instead of once
 *                        per edit ({@link PendingSearchTerms})
 */
@ConfigurationProperties("quire.search")
public record SearchSettings(Integer maxConcurrent, Integer maxWaiting, Duration maxWait, Duration retryAfter,
                             Integer maxRanked, Duration deferTermsAfter) {

    /** What it costs and why this many: docs/search.md, "Speed, and searches at once". */
    public static final int DEFAULT_MAX_RANKED = 2_000;

    public SearchSettings {
        maxConcurrent = maxConcurrent == null ? 4 : maxConcurrent;
        maxWaiting = maxWaiting == null ? 64 : maxWaiting;
        maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
        retryAfter = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
        maxRanked = maxRanked == null ? DEFAULT_MAX_RANKED : maxRanked;
        deferTermsAfter = deferTermsAfter == null ? Duration.ofMinutes(1) : deferTermsAfter;
        if (maxRanked < 1) {
            throw new IllegalArgumentException("quire.search.max-ranked must be at least 1, not " + maxRanked);
        }
    }
}
