package io.quire.command.billing;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.command.shared.Preconditions;
import io.quire.contracts.billing.AttachPaymentMethodCommand;
import io.quire.contracts.billing.BillingAccountId;
import io.quire.contracts.billing.InvoiceId;
import io.quire.contracts.billing.PlanChangeId;
import io.quire.contracts.billing.PlanTerms;
import io.quire.contracts.billing.RequestInvoicePaymentCommand;
import io.quire.contracts.billing.RequestPlanChangeCommand;
import io.quire.contracts.identity.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * A tenant's own billing actions. Plan changes and payments are accepted (202) and carried out by sagas, whose
 * progress shows in {@code GET /api/v1/billing} and the saga read model.
 */
@RestController
public class BillingCommandEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;
    private final PlanCatalog plans;
    private final Clock clock;

    public BillingCommandEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency, PlanCatalog plans,
                                  Clock clock) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
        this.plans = plans;
        this.clock = clock;
    }

    public record PlanChangeRequest(String plan) {
    }

    public record PaymentMethodRequest(String paymentMethod) {
    }

    /** A change of plan was accepted; the saga identified by {@code changeId} carries it out. */
    public record PlanChangeAccepted(String changeId, String plan, long version, String consistency) {
    }

    /** A payment was accepted for {@code invoiceId}; a saga collects it. */
    public record PaymentAccepted(String invoiceId, long version, String consistency) {
    }

    @GetMapping("/api/v1/billing/plans")
    public List<PlanTerms> plans() {
        return plans.all();
    }

    @PostMapping("/api/v1/billing/plan")
    public Mono<ResponseEntity<?>> changePlan(
            @RequestBody PlanChangeRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        PlanTerms target = plans.terms(request.plan());
        Long expected = Preconditions.optionalVersion(ifMatch);
        BillingAccountId account = BillingAccountId.of(caller.tenantId());
        return idempotency.run(caller.tenantId().toString(), key, request, Set.of(), id -> {
            PlanChangeId change = new PlanChangeId(id);
            RequestPlanChangeCommand command = new RequestPlanChangeCommand(account, caller.tenantId(), change,
                    target, clock.instant(), expected);
            return dispatch.update(command, caller, BillingAccount.KIND, account.toString())
                    .map(ack -> ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/billing"))
                            .eTag(Preconditions.etag(ack.version()))
                            .body(new PlanChangeAccepted(change.toString(), target.code(), ack.version(),
                                    ack.consistency())));
        });
    }

    @PostMapping("/api/v1/billing/payment-method")
    public Mono<ResponseEntity<?>> attachPaymentMethod(
            @RequestBody PaymentMethodRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        BillingAccountId account = BillingAccountId.of(caller.tenantId());
        Long expected = Preconditions.optionalVersion(ifMatch);
        AttachPaymentMethodCommand command = new AttachPaymentMethodCommand(account, caller.tenantId(),
                request.paymentMethod(), expected);
        return dispatch.update(command, caller, BillingAccount.KIND, account.toString()).map(Answers::changed);
    }

    @PostMapping("/api/v1/billing/invoices/{invoiceId}/pay")
    public Mono<ResponseEntity<?>> pay(
            @PathVariable String invoiceId, @RequestBody(required = false) PaymentMethodRequest request,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        InvoiceId id = Ids.parse(invoiceId, Invoice.KIND, InvoiceId::parse);
        String method = request == null ? null : request.paymentMethod();
        return dispatch.update(new RequestInvoicePaymentCommand(id, caller.tenantId(), method), caller,
                        Invoice.KIND, invoiceId)
                .map(ack -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/v1/billing/invoices/" + id))
                        .body(new PaymentAccepted(id.toString(), ack.version(), ack.consistency())));
    }
}
