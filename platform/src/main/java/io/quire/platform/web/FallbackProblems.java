package io.quire.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * The last resort: whatever no controller advice answered (unknown routes, errors in filters, bugs) still gets a
 * problem+json answer. Unexpected errors are logged with their stack trace and answered without it.
 */
@Component
@Order(-2)
public class FallbackProblems implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FallbackProblems.class);

    private final ProblemWriter writer;

    public FallbackProblems(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof AbortedException) {
            // The client went away (a closed tab, a cancelled fetch) before the answer was sent: nobody to answer.
            log.debug("Client left before the answer to {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath());
            return Mono.empty();
        }
        if (error instanceof ErrorResponse known) {
            ProblemDetail body = known.getBody();
            HttpStatusCode status = known.getStatusCode();
            ProblemDetail problem = ProblemWriter.problem(status, slug(status),
                    body.getDetail() == null ? HttpStatus.valueOf(status.value()).getReasonPhrase() : body.getDetail());
            return writer.write(exchange, problem);
        }
        if (Unavailability.isCausedByAnOutage(error)) {
            log.warn("Dependency unavailable on {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            String detail = Unavailability.leftTheOutcomeUnknown(error)
                    ? "Quire lost its database connection while saving, so the change may or may not have been kept; "
                      + "retry in a few seconds with the same Idempotency-Key or If-Match, so that it is kept once"
                    : "Quire cannot reach its database right now; retry in a few seconds";
            return writer.write(exchange, ProblemWriter.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", detail));
        }
        log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return writer.write(exchange, ProblemWriter.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side; the request id in X-Request-Id helps us find out what"));
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error" : known.name().toLowerCase().replace('_', '-');
    }
}
