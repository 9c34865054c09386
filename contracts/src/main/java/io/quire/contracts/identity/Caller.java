package io.quire.contracts.identity;

/**
 * Who is acting, for which tenant, and within which request. Resolved from credentials, never from a request body.
 *
 * @param tenantId      the tenant the credentials belong to
 * @param principal     the acting principal, such as {@code key:<id>}
 * @param requestId     the id of the HTTP request that carries the action
 * @param correlationId the id that ties together everything one business action causes
 */
public record Caller(TenantId tenantId, String principal, String requestId, String correlationId) {

    /** Exchange attribute under which the authenticated caller is kept for the length of a request. */
    public static final String ATTRIBUTE = "quire.caller";
}
