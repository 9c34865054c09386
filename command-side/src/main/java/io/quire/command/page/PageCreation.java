package io.quire.command.page;

import io.quire.command.notebook.Notebook;
import io.quire.command.shared.Aggregates;
import io.quire.command.shared.NotFoundException;
import io.quire.contracts.page.CreatePageCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Places a new page in a notebook, after the notebook has checked the caller may and that it is active. */
@Component
public class PageCreation {

    private final Repository<Notebook> notebooks;
    private final Repository<Page> pages;

    public PageCreation(Repository<Notebook> notebooks, Repository<Page> pages) {
        this.notebooks = notebooks;
        this.pages = pages;
    }

    @CommandHandler
    public long handle(CreatePageCommand command) throws Exception {
        WorkspaceId workspaceId = Aggregates.load(notebooks, command.notebookId(),
                        () -> new NotFoundException(Notebook.KIND, command.notebookId()))
                .invoke(notebook -> notebook.acceptPage(command.tenantId()));
        pages.newInstance(() -> new Page(command, workspaceId));
        return 1;
    }
}
