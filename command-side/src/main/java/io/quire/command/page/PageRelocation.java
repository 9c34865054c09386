package io.quire.command.page;

import io.quire.command.notebook.Notebook;
import io.quire.command.shared.Aggregates;
import io.quire.command.shared.NotFoundException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.UnprocessableException;
import io.quire.contracts.page.MovePageCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Moves a page between notebooks of one workspace. */
@Component
public class PageRelocation {

    private static final String TARGET = "notebookId";

    private final Repository<Notebook> notebooks;
    private final Repository<Page> pages;

    public PageRelocation(Repository<Notebook> notebooks, Repository<Page> pages) {
        this.notebooks = notebooks;
        this.pages = pages;
    }

    @CommandHandler
    public long handle(MovePageCommand command) {
        Aggregate<Page> page = Aggregates.load(pages, command.pageId(),
                () -> new NotFoundException(Page.KIND, command.pageId()));
        WorkspaceId workspace = page.invoke(p -> p.prepareMove(command.tenantId(), command.expectedVersion()));
        requireAcceptingNotebook(command, workspace);
        return page.invoke(p -> p.moveTo(command.targetNotebookId()));
    }

    private void requireAcceptingNotebook(MovePageCommand command, WorkspaceId pageWorkspace) {
        Aggregate<Notebook> target = Aggregates.load(notebooks, command.targetNotebookId(),
                () -> new UnprocessableException(TARGET, "notebookId does not name a notebook you can see"));
        WorkspaceId targetWorkspace;
        try {
            targetWorkspace = target.invoke(notebook -> notebook.workspaceFor(command.tenantId()));
        } catch (NotFoundException e) {
            throw new UnprocessableException(TARGET, "notebookId does not name a notebook you can see");
        }
        if (!targetWorkspace.equals(pageWorkspace)) {
            throw new UnprocessableException(TARGET, "A page can only move to a notebook of its own workspace");
        }
        if (target.invoke(Notebook::archived)) {
            throw new StateConflictException("The target notebook is archived");
        }
    }
}
