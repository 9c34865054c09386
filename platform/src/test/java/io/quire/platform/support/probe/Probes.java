package io.quire.platform.support.probe;

/**
 * Test-only handlers that exercise infrastructure no production handler can be made to use on demand: a projection
 * that fails for chosen events, and a saga that schedules and cancels deadlines. They exist only in applications run
 * with the {@value #PROFILE} profile, whose settings are in {@code application-probes.yml}.
 */
public final class Probes {

    public static final String PROFILE = "probes";

    private Probes() {
    }
}
