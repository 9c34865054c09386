package io.quire.query.shared;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.UUID;

/** The 404 answer, worded exactly like the command side's so that no answer reveals another tenant's data. */
public final class NotFound {

    private NotFound() {
    }

    public static ErrorResponseException of(String kind, Object id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No " + kind + " with id " + id + " exists");
        problem.setType(URI.create("/problems/not-found"));
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    /** Parses a path id; an id in the wrong format is not found, like any unknown id. */
    public static UUID parseId(String kind, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw of(kind, raw);
        }
    }
}
