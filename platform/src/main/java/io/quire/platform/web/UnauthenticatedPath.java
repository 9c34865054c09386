package io.quire.platform.web;

/**
 * An API path that {@link ApiAuthentication} lets through without credentials. Only configuration that exists in a
 * non-production profile declares one (the dev profile's session endpoint); production has none.
 */
public record UnauthenticatedPath(String path) {
}
