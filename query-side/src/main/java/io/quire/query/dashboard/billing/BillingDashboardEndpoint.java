package io.quire.query.dashboard.billing;

import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListRequest;
import io.quire.query.billing.BillingProjection;
import io.quire.query.billing.UsageMeterProjection;
import io.quire.query.dashboard.DashboardAnswers;
import io.quire.query.dashboard.cache.CacheScope;
import io.quire.query.dashboard.cache.DashboardCache;
import io.quire.query.shared.NotFound;
import io.quire.query.shared.ReadYourWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/** The billing dashboards: the caller's own, and the platform admin's over every tenant. */
@RestController
public class BillingDashboardEndpoint {

    public static final String DASHBOARD = "billing";
    /** The read models the billing dashboards are computed from, by processing group. */
    public static final String[] SOURCES = {BillingProjection.PROCESSING_GROUP,
            UsageMeterProjection.PROCESSING_GROUP, PaymentFailureProjection.PROCESSING_GROUP};

    private final BillingDashboardQuery tenantQuery;
    private final AdminBillingDashboardQuery adminQuery;
    private final DashboardCache cache;
    private final ReadYourWrites consistency;

    public BillingDashboardEndpoint(BillingDashboardQuery tenantQuery, AdminBillingDashboardQuery adminQuery,
                                    DashboardCache cache, ReadYourWrites consistency) {
        this.tenantQuery = tenantQuery;
        this.adminQuery = adminQuery;
        this.cache = cache;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/dashboards/billing")
    public Mono<ResponseEntity<BillingDashboard>> tenant(@RequestParam(name = "consistency", required = false)
                                                         String token,
                                                         @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        UUID tenant = caller.tenantId().value();
        Mono<BillingDashboard> read = tenantQuery.read(tenant)
                .switchIfEmpty(Mono.error(() -> NotFound.of("billing account", tenant)));
        return DashboardAnswers.answer(consistency.await(token, SOURCES),
                cache.read(CacheScope.tenant(tenant, DASHBOARD), "all", BillingDashboard.class,
                        DashboardAnswers.bypassesCache(token), read));
    }

    /** {@code limit} bounds the per-tenant rows (1 to 200, 50 by default); the totals cover every tenant. */
    @GetMapping("/api/v1/admin/dashboards/billing")
    public Mono<ResponseEntity<AdminBillingDashboard>> admin(@RequestParam(required = false) String limit) {
        int rows = ListRequest.parse(limit, null).limit();
        return DashboardAnswers.answer(Mono.just(true),
                cache.read(CacheScope.admin(DASHBOARD), "limit=" + rows, AdminBillingDashboard.class, false,
                        adminQuery.read(rows)));
    }
}
