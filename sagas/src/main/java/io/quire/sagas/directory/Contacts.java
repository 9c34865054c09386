package io.quire.sagas.directory;

import java.util.Optional;

/** Who a saga can write to: a tenant's contact address and name, and the address behind a principal. */
public interface Contacts {

    String tenantName(String tenantId);

    Optional<String> tenantEmail(String tenantId);

    /** The address of an API-key principal ({@code key:<id>}) of the tenant, if its holder gave one. */
    Optional<String> principalEmail(String tenantId, String principal);
}
