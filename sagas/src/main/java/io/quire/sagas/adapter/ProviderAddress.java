package io.quire.sagas.adapter;

import org.springframework.core.env.Environment;

/**
 * Where a provider's API lives. A configured base URL wins; without one, the provider is this process's own sandbox
 * peer, whose port is known only once the web server listens (tests use a random one), so it is looked up at call
 * time.
 */
public final class ProviderAddress {

    private final String adapter;
    private final String configured;
    private final String sandboxPath;
    private final Environment environment;

    /**
     * @param configured  the base URL from configuration, blank for the sandbox
     * @param sandboxPath where this process serves the provider's sandbox, e.g. {@code /sandbox/payments}
     * @throws IllegalStateException when no base URL is configured and the sandbox is switched off
     */
    public ProviderAddress(String adapter, String configured, String sandboxPath, Environment environment) {
        this.adapter = adapter;
        this.configured = configured == null ? "" : configured.strip();
        this.sandboxPath = sandboxPath;
        this.environment = environment;
        if (this.configured.isEmpty() && !environment.getProperty("quire.sandbox.enabled", Boolean.class, true)) {
            throw new IllegalStateException("quire.adapters." + adapter
                    + ".base-url must be set when quire.sandbox.enabled is false");
        }
    }

    public String baseUrl() {
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new ProviderRefusal(adapter, "no base URL is configured and no local server is listening yet");
        }
        return "http://127.0.0.1:" + port + sandboxPath;
    }
}
