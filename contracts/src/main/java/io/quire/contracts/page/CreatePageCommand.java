package io.quire.contracts.page;

import io.quire.contracts.identity.TenantId;
import io.quire.contracts.notebook.NotebookId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a page with a title and a Markdown body in a notebook. */
public record CreatePageCommand(
        @TargetAggregateIdentifier PageId pageId,
        TenantId tenantId,
        NotebookId notebookId,
        String title,
        String body) {
}
