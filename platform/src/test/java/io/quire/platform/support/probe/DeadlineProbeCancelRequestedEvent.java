package io.quire.platform.support.probe;

/** Asks the {@link DeadlineProbeSaga} of {@code probeId} to cancel the deadline it was meant to cancel. */
public record DeadlineProbeCancelRequestedEvent(String probeId) {
}
