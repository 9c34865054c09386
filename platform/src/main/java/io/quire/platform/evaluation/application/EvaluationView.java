package io.quire.platform.evaluation.application;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An evaluation as the API shows it. {@code progress} counts events up to the position the replay is headed for;
 * {@code report} is there once it is {@code done}, {@code failure} once it has {@code failed}.
 */
public record EvaluationView(String evaluationId, String projection, String tenant, String upTo, String status,
                             Progress progress, JsonNode report, String failure, Instant createdAt,
                             Instant finishedAt) {

    public record Progress(long position, long head, double percent) {

        static Progress of(long position, long head) {
            double percent = head <= 0 ? 100 : Math.min(100, Math.floor(position * 1000.0 / head) / 10);
            return new Progress(position, head, percent);
        }
    }
}
