package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a page's title and body; the edit is accepted only against the version the editor saw. */
public record EditPageCommand(
        @TargetAggregateIdentifier PageId pageId,
        TenantId tenantId,
        String title,
        String body,
        Long expectedVersion) {
}
