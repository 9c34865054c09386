package io.quire.query.search;

import io.quire.query.shared.ReadModelCompletion;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Computes the terms that writes of a catching-up index left NULL ({@link TermsDeferral}), from each document's
 * final state, a few hundred documents per statement. It waits until no write has deferred for a moment, since
 * terms computed while the catch-up still rewrites the same documents would be thrown away; a rebuild completes
 * its copy before the swap ({@link ReadModelCompletion}). Until then a search does not find the waiting documents,
 * as it would not have found them before the catch-up reached them.
 */
@Component
class PendingSearchTerms implements ReadModelCompletion {

    private static final Logger log = LoggerFactory.getLogger(PendingSearchTerms.class);
    static final int CHUNK = 500;
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final TermsDeferral deferral;
    private ScheduledExecutorService filler;

    PendingSearchTerms(JdbcTemplate jdbc, TermsDeferral deferral) {
        this.jdbc = jdbc;
        this.deferral = deferral;
    }

    @Override
    public String processingGroup() {
        return SearchProjection.PROCESSING_GROUP;
    }

    @Override
    public long complete() {
        return fill(() -> true);
    }

    @Override
    public long pending() {
        Long waiting = jdbc.queryForObject("SELECT count(*) FROM search_document WHERE terms IS NULL", Long.class);
        return waiting == null ? 0 : waiting;
    }

    /** Fills chunks while {@code goOn} holds and documents are waiting; returns how many it filled. */
    long fill(BooleanSupplier goOn) {
        long filled = 0;
        int chunk;
        do {
            chunk = jdbc.update("UPDATE search_document d SET terms = "
                    + SearchIndex.terms(false, "d.config", "d.title", "d.body", "d.tenant_id")
                    + " WHERE d.doc_id IN (SELECT doc_id FROM search_document WHERE terms IS NULL LIMIT " + CHUNK
                    + " FOR UPDATE SKIP LOCKED)");
            filled += chunk;
        } while (chunk > 0 && goOn.getAsBoolean());
        return filled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        filler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-terms");
            thread.setDaemon(true);
            return thread;
        });
        filler.scheduleWithFixedDelay(this::fillWhileQuiet, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void fillWhileQuiet() {
        if (!deferral.quietFor(QUIET)) {
            return;
        }
        try {
            long started = System.nanoTime();
            long filled = fill(() -> deferral.quietFor(QUIET));
            if (filled > 0) {
                log.info("Search index: terms of {} documents computed in {} ms", filled,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.debug("Search terms not computed this time (the database may be away): {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        if (filler != null) {
            filler.shutdownNow();
        }
    }
}
