package io.quire.platform.web;

import io.quire.contracts.paging.ListRequest;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Problem details for what Spring itself rejects (malformed JSON, wrong content type, unknown parameters) and for
 * list parameters. Detail texts stay short and never carry a stack trace or parser internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlatformProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ListRequest.Invalid.class)
    ProblemDetail invalidList(ListRequest.Invalid e) {
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage());
        problem.setProperty("field", e.parameter());
        return problem;
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         ServerWebExchange exchange) {
        if (ex instanceof NoResourceFoundException) {
            ProblemDetail problem = ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found",
                    "There is no endpoint at this path; see /swagger-ui.html");
            return Mono.just(ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem));
        }
        if (ex instanceof PayloadTooLargeException) {
            return Mono.just(ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge()));
        }
        return super.handleResponseStatusException(ex, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         ServerWebExchange exchange) {
        if (causedBy(ex, DataBufferLimitException.class)) {
            return Mono.just(ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge()));
        }
        MethodParameter parameter = ex.getMethodParameter();
        boolean aboutBody = causedBy(ex, DecodingException.class) || parameter == null
                || parameter.hasParameterAnnotation(RequestBody.class);
        String detail = aboutBody
                ? "The request body is missing or is not valid JSON"
                : "Parameter '" + parameter.getParameterName() + "' is missing or has an invalid value";
        ProblemDetail problem = ProblemWriter.problem(HttpStatus.BAD_REQUEST, "malformed-request", detail);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    private static ProblemDetail tooLarge() {
        return ProblemWriter.problem(HttpStatus.PAYLOAD_TOO_LARGE, "content-too-large",
                "The request body is larger than Quire accepts");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
