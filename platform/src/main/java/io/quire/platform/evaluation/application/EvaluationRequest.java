package io.quire.platform.evaluation.application;

import io.quire.contracts.paging.ListRequest;

import java.util.Optional;
import java.util.UUID;

/**
 * What to evaluate: a processing group ({@code pages}) or a candidate ({@code pages@next}), optionally only one
 * tenant's events and rows, optionally only the events up to a point.
 */
public record EvaluationRequest(String projection, UUID tenant, Optional<UpTo> upTo) {

    public static EvaluationRequest parse(String projection, String tenant, String upTo) {
        if (projection == null || projection.isBlank()) {
            throw new ListRequest.Invalid("projection", "projection must name a processing group or a candidate");
        }
        UUID tenantId = null;
        if (tenant != null && !tenant.isBlank()) {
            try {
                tenantId = UUID.fromString(tenant.trim());
            } catch (IllegalArgumentException e) {
                throw new ListRequest.Invalid("tenant", "tenant must be a tenant id");
            }
        }
        Optional<UpTo> limit = upTo == null || upTo.isBlank() ? Optional.empty() : Optional.of(UpTo.parse(upTo));
        return new EvaluationRequest(projection.trim(), tenantId, limit);
    }
}
