package io.quire.command.decision;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.Preconditions;
import io.quire.command.shared.UnprocessableException;
import io.quire.command.workspace.Workspace;
import io.quire.contracts.decision.ApproveDecisionCommand;
import io.quire.contracts.decision.DecisionId;
import io.quire.contracts.decision.ProposeDecisionCommand;
import io.quire.contracts.decision.RejectDecisionCommand;
import io.quire.contracts.decision.SupersedeDecisionCommand;
import io.quire.contracts.decision.WithdrawDecisionCommand;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.page.PageId;
import io.quire.contracts.workspace.WorkspaceId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Proposing decisions, voting on them, withdrawing and superseding them. The acting principal is the caller's. */
@RestController
public class DecisionCommandEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;

    public DecisionCommandEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
    }

    public record ProposalRequest(String title, String context, List<String> options, String chosenOption,
                                  List<String> pageIds, List<String> approvers, Integer quorum) {
    }

    public record RejectRequest(String reason) {
    }

    public record SupersedeRequest(String by) {
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/decisions")
    public Mono<ResponseEntity<?>> propose(
            @PathVariable String workspaceId, @RequestBody ProposalRequest request,
            @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        WorkspaceId workspace = Ids.parse(workspaceId, Workspace.KIND, WorkspaceId::parse);
        List<PageId> pageIds = pageIds(request.pageIds());
        Parented fingerprint = new Parented(workspaceId, request);
        return idempotency.run(caller.tenantId().toString(), key, fingerprint, Set.of(), id -> {
            DecisionId decisionId = new DecisionId(id);
            ProposeDecisionCommand command = new ProposeDecisionCommand(decisionId, caller.tenantId(), workspace,
                    caller.principal(), request.title(), request.context(), request.options(),
                    request.chosenOption(), pageIds, request.approvers(), request.quorum());
            return dispatch.create(command, caller, decisionId.toString())
                    .map(ack -> Answers.created("/api/v1/decisions/" + decisionId, ack));
        });
    }

    @PostMapping("/api/v1/decisions/{decisionId}/approve")
    public Mono<ResponseEntity<?>> approve(
            @PathVariable String decisionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        DecisionId id = Ids.parse(decisionId, Decision.KIND, DecisionId::parse);
        Long expected = Preconditions.optionalVersion(ifMatch);
        return send(new ApproveDecisionCommand(id, caller.tenantId(), caller.principal(), expected), caller, id);
    }

    @PostMapping("/api/v1/decisions/{decisionId}/reject")
    public Mono<ResponseEntity<?>> reject(
            @PathVariable String decisionId, @RequestBody RejectRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        DecisionId id = Ids.parse(decisionId, Decision.KIND, DecisionId::parse);
        Long expected = Preconditions.optionalVersion(ifMatch);
        return send(new RejectDecisionCommand(id, caller.tenantId(), caller.principal(), request.reason(), expected),
                caller, id);
    }

    @PostMapping("/api/v1/decisions/{decisionId}/withdraw")
    public Mono<ResponseEntity<?>> withdraw(
            @PathVariable String decisionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        DecisionId id = Ids.parse(decisionId, Decision.KIND, DecisionId::parse);
        Long expected = Preconditions.optionalVersion(ifMatch);
        return send(new WithdrawDecisionCommand(id, caller.tenantId(), caller.principal(), expected), caller, id);
    }

    @PostMapping("/api/v1/decisions/{decisionId}/supersede")
    public Mono<ResponseEntity<?>> supersede(
            @PathVariable String decisionId, @RequestBody SupersedeRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        DecisionId id = Ids.parse(decisionId, Decision.KIND, DecisionId::parse);
        Long expected = Preconditions.optionalVersion(ifMatch);
        DecisionId by = successor(request.by());
        return send(new SupersedeDecisionCommand(id, caller.tenantId(), caller.principal(), by, expected),
                caller, id);
    }

    private Mono<ResponseEntity<?>> send(Object command, Caller caller, DecisionId id) {
        return dispatch.update(command, caller, Decision.KIND, id.toString()).map(Answers::changed);
    }

    private static List<PageId> pageIds(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<PageId> ids = new ArrayList<>(raw.size());
        for (String id : raw) {
            try {
                ids.add(PageId.parse(id == null ? "" : id));
            } catch (IllegalArgumentException e) {
                throw new UnprocessableException("pageIds",
                        "pageIds: " + id + " does not name a page of this workspace");
            }
        }
        return ids;
    }

    private static DecisionId successor(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("by", "by must name the decision that supersedes this one");
        }
        try {
            return DecisionId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("by", "by does not name a decision you can see");
        }
    }

    /** The idempotency fingerprint covers the parent in the path as well as the body. */
    record Parented(String parent, Object body) {
    }
}
