package io.quire.command.billing;

import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.CloseBillingPeriodCommand;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.identity.TenantId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;

/**
 * Operator actions on billing. Closing a period now does what its deadline would do at month end: apply a scheduled
 * downgrade and issue the period's invoice, which starts its collection.
 */
@RestController
public class AdminBillingEndpoint {

    private final CommandDispatch dispatch;
    private final Clock clock;

    public AdminBillingEndpoint(CommandDispatch dispatch, Clock clock) {
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @PostMapping("/api/v1/admin/tenants/{tenantId}/billing/close-period")
    public Mono<ResponseEntity<?>> closePeriod(@PathVariable String tenantId,
                                               @RequestAttribute(Caller.ATTRIBUTE) Caller admin) {
        TenantId tenant = Ids.parse(tenantId, "tenant", TenantId::parse);
        BillingAccountId account = BillingAccountId.of(tenant);
        Caller actingOn = new Caller(tenant, admin.principal(), admin.requestId(), admin.correlationId());
        return dispatch.update(new CloseBillingPeriodCommand(account, tenant, clock.instant()), actingOn,
                BillingAccount.KIND, account.toString()).map(Answers::changed);
    }
}
