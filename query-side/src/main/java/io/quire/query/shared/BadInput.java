package io.quire.query.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The 400 answer for a query parameter that cannot be honoured, naming the parameter like list parameters do. */
public final class BadInput {

    private BadInput() {
    }

    public static ErrorResponseException of(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/invalid-input"));
        problem.setProperty("field", field);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** An optional instant parameter: {@code null} when absent, 400 when present but not ISO-8601. */
    public static Instant instant(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw of(field, field + " must be an ISO-8601 instant such as 2024-05-01T12:00:00Z");
        }
    }
}
