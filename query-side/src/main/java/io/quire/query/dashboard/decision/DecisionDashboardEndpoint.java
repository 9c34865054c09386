package io.quire.query.dashboard.decision;

import io.quire.contracts.identity.Caller;
import io.quire.query.dashboard.DashboardAnswers;
import io.quire.query.dashboard.cache.CacheScope;
import io.quire.query.dashboard.cache.DashboardCache;
import io.quire.query.decision.DecisionProjection;
import io.quire.query.shared.ReadYourWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The caller's decisions at a glance: status counts, time to decision, and the approvers most waited on. */
@RestController
public class DecisionDashboardEndpoint {

    public static final String DASHBOARD = "decisions";

    private final DecisionDashboardQuery query;
    private final DashboardCache cache;
    private final ReadYourWrites consistency;

    public DecisionDashboardEndpoint(DecisionDashboardQuery query, DashboardCache cache,
                                     ReadYourWrites consistency) {
        this.query = query;
        this.cache = cache;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/dashboards/decisions")
    public Mono<ResponseEntity<DecisionDashboard>> get(@RequestParam(name = "consistency", required = false)
                                                       String token,
                                                       @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID tenant = caller.tenantId().value();
        return DashboardAnswers.answer(consistency.await(token, DecisionProjection.PROCESSING_GROUP),
                cache.read(CacheScope.tenant(tenant, DASHBOARD), "all", DecisionDashboard.class,
                        DashboardAnswers.bypassesCache(token), query.read(tenant)));
    }
}
