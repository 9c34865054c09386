package io.quire.platform.support.probe;

/** Starts a {@link DeadlineProbeSaga}, which schedules one deadline to keep and one to cancel. */
public record DeadlineProbeStartedEvent(String probeId) {
}
