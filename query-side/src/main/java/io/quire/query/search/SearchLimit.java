package io.quire.query.search;

import io.quire.query.shared.ConcurrencyLimit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/** Runs searches under their bulkhead; a search it refuses answers 503 problem+json with {@code Retry-After}. */
final class SearchLimit {

    private final ConcurrencyLimit limit;
    private final Duration retryAfter;

    SearchLimit(ConcurrencyLimit limit, Duration retryAfter) {
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    <T> Mono<T> run(Supplier<Mono<T>> search) {
        return limit.run(search).onErrorMap(ConcurrencyLimit.Full.class, full -> busy());
    }

    private ErrorResponseException busy() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Quire is running as many searches as it can; retry in " + retryAfter.toSeconds() + " s");
        problem.setType(URI.create("/problems/busy"));
        ErrorResponseException refusal = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return refusal;
    }
}
