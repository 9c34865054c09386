package io.quire.platform.deadletter;

import io.quire.contracts.paging.ListRequest;
import io.quire.platform.deadletter.application.DeadLetterEviction;
import io.quire.platform.deadletter.application.DeadLetterEviction.EvictionOutcome;
import io.quire.platform.deadletter.application.DeadLetterListing;
import io.quire.platform.deadletter.application.DeadLetterListing.DeadLetterCount;
import io.quire.platform.deadletter.application.DeadLetterListing.DeadLetterList;
import io.quire.platform.deadletter.application.DeadLetterRetry;
import io.quire.platform.deadletter.application.DeadLetterRetry.RetryOutcome;
import io.quire.platform.deadletter.application.UnknownDeadLetters;
import io.quire.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/**
 * Platform administration of the projections' dead letters (docs/operations-dead-letters.md), behind the admin
 * bearer token. The queues live in JDBC, so every call runs off the event loop.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
public class DeadLetterEndpoint {

    private final DeadLetterListing listing;
    private final DeadLetterRetry retry;
    private final DeadLetterEviction eviction;

    public DeadLetterEndpoint(DeadLetterListing listing, DeadLetterRetry retry, DeadLetterEviction eviction) {
        this.listing = listing;
        this.retry = retry;
        this.eviction = eviction;
    }

    /** Dead letters of one processing group, or of all, oldest sequence first; {@code total} counts them all. */
    @GetMapping
    public Mono<DeadLetterList> list(@RequestParam(required = false) String group,
                                     @RequestParam(required = false) String limit) {
        int size = ListRequest.parse(limit, null).limit();
        String only = group == null || group.isBlank() ? null : group.trim();
        return blocking(() -> listing.list(only, size));
    }

    /** How many dead letters and sequences each processing group holds, including the empty ones. */
    @GetMapping("/count")
    public Mono<DeadLetterCount> count() {
        return blocking(listing::count);
    }

    /** Retries every dead-lettered sequence of the group once. */
    @PostMapping("/{group}/retry")
    public Mono<RetryOutcome> retry(@PathVariable String group) {
        return blocking(() -> retry.retry(group));
    }

    /** Drops every dead letter of one sequence (for projections: one aggregate) without handling it. */
    @PostMapping("/{group}/{sequenceId}/evict")
    public Mono<EvictionOutcome> evict(@PathVariable String group, @PathVariable String sequenceId) {
        return blocking(() -> eviction.evict(group, sequenceId));
    }

    @ExceptionHandler(UnknownDeadLetters.class)
    ProblemDetail unknown(UnknownDeadLetters e) {
        return ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
