package io.quire.contracts.identity;

/** Names of the metadata entries every command and event carries, so the audit trail can say who acted and why. */
public record MetaDataKeys() {

    public static final String TENANT_ID = "tenantId";
    public static final String PRINCIPAL = "principal";
    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
}
