package io.quire.sagas.adapter;

/**
 * The provider answered, and refused the request itself: a bad API key, an unknown id, a malformed request. Asking
 * again cannot change that, so a refusal is neither retried nor counted against the provider's circuit breaker. It
 * usually means a configuration or programming error, and it reaches the saga as the {@link AdapterFailure} it is.
 */
public class ProviderRefusal extends AdapterFailure {

    public ProviderRefusal(String adapter, String message) {
        super(adapter, message);
    }

    public ProviderRefusal(String adapter, String message, Throwable cause) {
        super(adapter, message, cause);
    }
}
