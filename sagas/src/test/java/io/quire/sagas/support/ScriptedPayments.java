package io.quire.sagas.support;

import io.quire.sagas.adapter.AdapterFailure;
import io.quire.sagas.payment.ChargeOutcome;
import io.quire.sagas.payment.ChargeRequest;
import io.quire.sagas.payment.PaymentPort;
import io.quire.sagas.payment.RefundReceipt;
import io.quire.sagas.payment.RefundRequest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A payment provider whose answers a test scripts in advance: captured, declined or no answer at all. It keeps
 * every request so a test can check the idempotency keys a saga used.
 */
public class ScriptedPayments implements PaymentPort {

    public final List<ChargeRequest> charges = new ArrayList<>();
    public final List<RefundRequest> refunds = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private boolean refundsUnavailable;

    public ScriptedPayments capture(String chargeId) {
        answers.add(chargeId);
        return this;
    }

    public ScriptedPayments decline(String code) {
        answers.add(new ChargeOutcome.Declined(code, "Your card was declined"));
        return this;
    }

    public ScriptedPayments noAnswer() {
        answers.add(new AdapterFailure("payment", "timed out"));
        return this;
    }

    public void refundsUnavailable(boolean unavailable) {
        refundsUnavailable = unavailable;
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        charges.add(request);
        Object answer = answers.isEmpty() ? "ch_default" : answers.poll();
        if (answer instanceof AdapterFailure failure) {
            throw failure;
        }
        if (answer instanceof ChargeOutcome.Declined declined) {
            return declined;
        }
        return new ChargeOutcome.Captured((String) answer, request.amountMinor(), request.currency());
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        refunds.add(request);
        if (refundsUnavailable) {
            throw new AdapterFailure("payment", "connection reset");
        }
        return new RefundReceipt("re_" + refunds.size(), request.chargeId(), request.amountMinor(), request.currency());
    }
}
