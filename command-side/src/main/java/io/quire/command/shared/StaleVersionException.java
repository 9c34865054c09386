package io.quire.command.shared;

/** The caller acted on a version that is no longer current. */
public class StaleVersionException extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;

    public StaleVersionException(long expectedVersion, long currentVersion) {
        super("Version " + expectedVersion + " is stale; the current version is " + currentVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
