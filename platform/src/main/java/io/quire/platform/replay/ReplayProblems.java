package io.quire.platform.replay;

import io.quire.platform.evaluation.EvaluationEndpoint;
import io.quire.platform.replay.application.ProjectionRefused;
import io.quire.platform.replay.application.UnknownProjection;
import io.quire.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem answers of the projection and evaluation endpoints: an unknown name is 404, a refused action 409. */
@RestControllerAdvice(assignableTypes = {ProjectionEndpoint.class, EvaluationEndpoint.class})
public class ReplayProblems {

    @ExceptionHandler(UnknownProjection.class)
    ProblemDetail unknown(UnknownProjection e) {
        return ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(ProjectionRefused.class)
    ProblemDetail refused(ProjectionRefused e) {
        return ProblemWriter.problem(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }
}
