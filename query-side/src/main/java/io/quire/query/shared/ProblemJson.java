package io.quire.query.shared;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;

/**
 * Refusals of streaming endpoints (SSE, NDJSON) as problem+json. Content negotiation alone would follow the client's
 * {@code Accept} and wrap the problem in an event-stream or NDJSON frame.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static ResponseEntity<ProblemDetail> of(ErrorResponseException refusal, ServerWebExchange exchange) {
        ProblemDetail problem = refusal.getBody();
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        }
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
