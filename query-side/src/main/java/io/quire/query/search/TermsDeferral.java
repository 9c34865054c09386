package io.quire.query.search;

import io.quire.query.shared.CatchUp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a write of the search index computes its document's terms at once or leaves them for
 * {@link PendingSearchTerms}. An event handled long after it happened means the index is catching up: a page
 * edited eight times in the history would otherwise be indexed eight times, where once, from its last version,
 * gives the same terms. Live events, seconds old at most, are indexed in the write itself, so a search made with
 * a write's consistency token finds it.
 */
@Component
class TermsDeferral {

    private final Duration after;
    private final Clock clock;
    private volatile Instant lastDeferred;

    @Autowired
    TermsDeferral(SearchSettings settings) {
        this(settings.deferTermsAfter(), Clock.systemUTC());
    }

    TermsDeferral(Duration after, Clock clock) {
        this.after = after;
        this.clock = clock;
    }

    /**
     * Whether the write of an event from {@code eventAt} leaves the terms for later: always in a replay into a copy
     * (which completes the copy before it is used), otherwise when the event is old. Remembers when it deferred.
     */
    boolean defers(Instant eventAt) {
        Instant now = clock.instant();
        if (CatchUp.replaying()) {
            return true;
        }
        if (Duration.between(eventAt, now).compareTo(after) <= 0) {
            return false;
        }
        lastDeferred = now;
        return true;
    }

    /** No write has left its terms for later for this long: the catch-up has ended or paused. */
    boolean quietFor(Duration quiet) {
        Instant last = lastDeferred;
        return last == null || Duration.between(last, clock.instant()).compareTo(quiet) >= 0;
    }
}
