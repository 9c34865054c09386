package io.quire.platform.evaluation;

import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.platform.evaluation.application.EvaluationRequest;
import io.quire.platform.evaluation.application.EvaluationView;
import io.quire.platform.evaluation.application.Evaluations;
import io.quire.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Evaluations of projections (docs/replay-and-evaluation.md), behind the admin bearer token: replay a projection or
 * a candidate of it into an isolated schema and report how that model differs from the live one.
 */
@RestController
@RequestMapping("/api/v1/admin/evaluations")
public class EvaluationEndpoint {

    private final Evaluations evaluations;

    public EvaluationEndpoint(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * @param projection a processing group ({@code pages}) or a candidate ({@code pages@next})
     * @param tenant     only this tenant's events and rows
     * @param upTo       only the events up to this position, or stored up to this instant
     */
    public record EvaluationBody(String projection, String tenant, String upTo) {
    }

    public record Started(String evaluationId, String status) {
    }

    @PostMapping
    public Mono<ResponseEntity<Started>> start(@RequestBody EvaluationBody body) {
        EvaluationRequest request = EvaluationRequest.parse(body.projection(), body.tenant(), body.upTo());
        return blocking(() -> {
            UUID id = evaluations.start(request);
            return ResponseEntity.accepted().location(URI.create("/api/v1/admin/evaluations/" + id))
                    .body(new Started(id.toString(), "running"));
        });
    }

    @GetMapping("/{evaluationId}")
    public Mono<EvaluationView> find(@PathVariable String evaluationId) {
        UUID id = parse(evaluationId);
        return blocking(() -> evaluations.find(id).orElseThrow(() -> notFound(evaluationId)));
    }

    /** Newest first. */
    @GetMapping
    public Mono<ListPage<EvaluationView>> list(@RequestParam(required = false) String limit,
                                               @RequestParam(required = false) String cursor) {
        ListRequest request = ListRequest.parse(limit, cursor);
        return blocking(() -> evaluations.list(request));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static ErrorResponseException notFound(String id) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemWriter.problem(HttpStatus.NOT_FOUND, "not-found", "No evaluation with id " + id + " exists"),
                null);
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
