package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes a page's title, body or both; a {@code null} title or body stays as it is. The edit is accepted only
 * against the version the editor saw.
 */
public record EditPageCommand(
        @TargetAggregateIdentifier PageId pageId,
        TenantId tenantId,
        String title,
        String body,
        Long expectedVersion) {
}
