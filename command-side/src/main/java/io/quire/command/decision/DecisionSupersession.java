package io.quire.command.decision;

import io.quire.command.shared.Aggregates;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.NotFoundException;
import io.quire.command.shared.UnprocessableException;
import io.quire.contracts.decision.SupersedeDecisionCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Replaces an approved decision with a newer one of its workspace; both record the link in one unit of work. */
@Component
public class DecisionSupersession {

    private static final String BY = "by";

    private final Repository<Decision> decisions;

    public DecisionSupersession(Repository<Decision> decisions) {
        this.decisions = decisions;
    }

    @CommandHandler
    public long handle(SupersedeDecisionCommand command) {
        if (command.by() == null) {
            throw new InvalidInputException(BY, "by must name the decision that supersedes this one");
        }
        Aggregate<Decision> superseded = Aggregates.load(decisions, command.decisionId(),
                () -> new NotFoundException(Decision.KIND, command.decisionId()));
        WorkspaceId workspace = superseded.invoke(
                decision -> decision.prepareSupersession(command.tenantId(), command.expectedVersion()));
        if (command.by().equals(command.decisionId())) {
            throw new UnprocessableException(BY, "A decision cannot supersede itself");
        }
        Aggregate<Decision> successor = requireSuccessor(command, workspace);
        // The successor's event goes first, so the consistency token of the answer covers both links.
        successor.execute(decision -> decision.succeed(command.decisionId()));
        return superseded.invoke(decision -> decision.supersedeWith(command.by()));
    }

    private Aggregate<Decision> requireSuccessor(SupersedeDecisionCommand command, WorkspaceId workspace) {
        Aggregate<Decision> successor = Aggregates.load(decisions, command.by(), DecisionSupersession::unknown);
        WorkspaceId successorWorkspace;
        try {
            successorWorkspace = successor.invoke(decision -> decision.workspaceFor(command.tenantId()));
        } catch (NotFoundException e) {
            throw unknown();
        }
        if (!successorWorkspace.equals(workspace)) {
            throw new UnprocessableException(BY, "A decision can only be superseded by one of its own workspace");
        }
        successor.execute(Decision::prepareSuccession);
        return successor;
    }

    private static UnprocessableException unknown() {
        return new UnprocessableException(BY, "by does not name a decision you can see");
    }
}
