package io.quire.platform.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The platform dashboard for operators, behind the admin bearer token: processors with their lag and throughput,
 * dead letters, sagas by state and circuit breakers. It is live state, so it is never cached.
 */
@RestController
public class PlatformDashboardEndpoint {

    private final PlatformDashboardQuery query;

    public PlatformDashboardEndpoint(PlatformDashboardQuery query) {
        this.query = query;
    }

    @GetMapping("/api/v1/admin/dashboards/platform")
    public Mono<PlatformDashboard> get() {
        return Mono.fromCallable(query::read).subscribeOn(Schedulers.boundedElastic());
    }
}
