package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a page: lists leave it out unless asked. */
public record ArchivePageCommand(
        @TargetAggregateIdentifier PageId pageId,
        TenantId tenantId,
        Long expectedVersion) {
}
