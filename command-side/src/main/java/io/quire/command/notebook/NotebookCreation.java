package io.quire.command.notebook;

import io.quire.command.shared.Aggregates;
import io.quire.command.shared.NotFoundException;
import io.quire.command.workspace.Workspace;
import io.quire.contracts.notebook.CreateNotebookCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Opens a notebook in a workspace, after the workspace has checked the caller may and that it is active. */
@Component
public class NotebookCreation {

    private final Repository<Workspace> workspaces;
    private final Repository<Notebook> notebooks;

    public NotebookCreation(Repository<Workspace> workspaces, Repository<Notebook> notebooks) {
        this.workspaces = workspaces;
        this.notebooks = notebooks;
    }

    @CommandHandler
    public long handle(CreateNotebookCommand command) throws Exception {
        Aggregates.load(workspaces, command.workspaceId(),
                        () -> new NotFoundException(Workspace.KIND, command.workspaceId()))
                .execute(workspace -> workspace.acceptNotebook(command.tenantId()));
        notebooks.newInstance(() -> new Notebook(command));
        return 1;
    }
}
