package io.quire.query.live;

import io.quire.contracts.identity.TenantId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts each tenant's open streams on this node, so that one tenant cannot hold every connection. */
@Component
class StreamSlots {

    private final Map<TenantId, Integer> open = new ConcurrentHashMap<>();
    private final LiveSettings settings;

    StreamSlots(LiveSettings settings) {
        this.settings = settings;
    }

    /** Takes a slot, or refuses with 429 problem+json and {@code Retry-After} when the tenant holds them all. */
    Slot take(TenantId tenant) {
        boolean[] taken = {false};
        open.compute(tenant, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= settings.maxStreamsPerTenant()) {
                return count;
            }
            taken[0] = true;
            return current + 1;
        });
        if (!taken[0]) {
            throw tooMany();
        }
        return new Slot(tenant);
    }

    private ErrorResponseException tooMany() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "This tenant already has " + settings.maxStreamsPerTenant()
                        + " open streams; close one or retry later");
        problem.setType(URI.create("/problems/too-many-streams"));
        ErrorResponseException refusal = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(settings.retryAfter().toSeconds()));
        return refusal;
    }

    /** One open stream's slot; releasing it twice releases it once. */
    final class Slot {

        private final TenantId tenant;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(TenantId tenant) {
            this.tenant = tenant;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                open.computeIfPresent(tenant, (key, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
