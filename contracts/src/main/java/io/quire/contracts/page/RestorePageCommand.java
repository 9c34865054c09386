package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings an archived page back. */
public record RestorePageCommand(
        @TargetAggregateIdentifier PageId pageId,
        TenantId tenantId,
        Long expectedVersion) {
}
