package io.quire.sagas.adapter;

/**
 * A provider could not give a trustworthy answer: it was unreachable, too slow, answered 5xx or garbage, or its
 * circuit breaker is open. The outcome of the call is unknown, so a caller that retries must reuse the same
 * idempotency key. A business refusal (a declined card, say) is an answer, never this exception.
 */
public class AdapterFailure extends RuntimeException {

    private final String adapter;

    public AdapterFailure(String adapter, String message, Throwable cause) {
        super(adapter + ": " + message, cause);
        this.adapter = adapter;
    }

    public AdapterFailure(String adapter, String message) {
        this(adapter, message, null);
    }

    public String adapter() {
        return adapter;
    }
}
