package io.quire.contracts.billing;

import io.quire.contracts.identity.TenantId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant's billing account. Every tenant has exactly one, so its id follows from the tenant's. */
public record BillingAccountId(UUID value) {

    public BillingAccountId {
        Objects.requireNonNull(value, "value");
    }

    public static BillingAccountId of(TenantId tenant) {
        return new BillingAccountId(UUID.nameUUIDFromBytes(
                ("billing-account:" + tenant.value()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
