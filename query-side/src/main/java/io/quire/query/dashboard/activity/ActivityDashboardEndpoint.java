package io.quire.query.dashboard.activity;

import io.quire.contracts.identity.Caller;
import io.quire.query.dashboard.DashboardAnswers;
import io.quire.query.dashboard.cache.CacheScope;
import io.quire.query.dashboard.cache.DashboardCache;
import io.quire.query.shared.ReadYourWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.UUID;

/** The caller's activity: events per UTC hour or day and type, and the most active pages and notebooks. */
@RestController
public class ActivityDashboardEndpoint {

    private final ActivityQuery query;
    private final DashboardCache cache;
    private final ReadYourWrites consistency;
    private final Clock clock;

    public ActivityDashboardEndpoint(ActivityQuery query, DashboardCache cache, ReadYourWrites consistency,
                                     Clock clock) {
        this.query = query;
        this.cache = cache;
        this.consistency = consistency;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dashboards/activity")
    public Mono<ResponseEntity<ActivityDashboard>> get(@RequestParam(required = false) String from,
                                                       @RequestParam(required = false) String to,
                                                       @RequestParam(required = false) String bucket,
                                                       @RequestParam(name = "consistency", required = false)
                                                       String token,
                                                       @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ActivityRange range = ActivityRange.parse(from, to, bucket, clock.instant());
        UUID tenant = caller.tenantId().value();
        return DashboardAnswers.answer(consistency.await(token, ActivityProjection.PROCESSING_GROUP),
                cache.read(CacheScope.tenant(tenant, ActivityProjection.DASHBOARD), range.cacheParameters(),
                        ActivityDashboard.class, DashboardAnswers.bypassesCache(token), query.read(tenant, range)));
    }
}
