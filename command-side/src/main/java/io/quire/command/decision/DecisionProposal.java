package io.quire.command.decision;

import io.quire.command.page.Page;
import io.quire.command.shared.Aggregates;
import io.quire.command.shared.NotFoundException;
import io.quire.command.shared.UnprocessableException;
import io.quire.command.workspace.Workspace;
import io.quire.contracts.decision.ProposeDecisionCommand;
import io.quire.contracts.page.PageId;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Proposes a decision in a workspace, after the workspace has checked the caller may and that it is active, and
 * each linked page has shown it belongs to that workspace.
 */
@Component
public class DecisionProposal {

    private static final String PAGES = "pageIds";

    private final Repository<Workspace> workspaces;
    private final Repository<Page> pages;
    private final Repository<Decision> decisions;

    public DecisionProposal(Repository<Workspace> workspaces, Repository<Page> pages, Repository<Decision> decisions) {
        this.workspaces = workspaces;
        this.pages = pages;
        this.decisions = decisions;
    }

    @CommandHandler
    public long handle(ProposeDecisionCommand command) throws Exception {
        Aggregates.load(workspaces, command.workspaceId(),
                        () -> new NotFoundException(Workspace.KIND, command.workspaceId()))
                .execute(workspace -> workspace.acceptDecision(command.tenantId()));
        ValidProposal proposal = ValidProposal.of(command);
        proposal.pageIds().forEach(pageId -> requireLinkable(command, pageId));
        decisions.newInstance(() -> new Decision(command, proposal));
        return 1;
    }

    /** Unknown pages, other tenants' pages and pages of other workspaces are refused alike. */
    private void requireLinkable(ProposeDecisionCommand command, PageId pageId) {
        WorkspaceId pageWorkspace;
        try {
            pageWorkspace = Aggregates.load(pages, pageId, () -> unlinkable(pageId))
                    .invoke(page -> page.workspaceFor(command.tenantId()));
        } catch (NotFoundException e) {
            throw unlinkable(pageId);
        }
        if (!pageWorkspace.equals(command.workspaceId())) {
            throw unlinkable(pageId);
        }
    }

    private static UnprocessableException unlinkable(PageId pageId) {
        return new UnprocessableException(PAGES, "pageIds: " + pageId + " does not name a page of this workspace");
    }
}
