package io.quire.command.notebook;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.command.shared.Preconditions;
import io.quire.command.workspace.Workspace;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.notebook.ArchiveNotebookCommand;
import io.quire.contracts.notebook.CreateNotebookCommand;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.notebook.RenameNotebookCommand;
import io.quire.contracts.notebook.RestoreNotebookCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Set;

/** Creating, renaming, archiving and restoring notebooks. */
@RestController
public class NotebookCommandEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;

    public NotebookCommandEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
    }

    public record NotebookRequest(String title) {
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/notebooks")
    public Mono<ResponseEntity<?>> create(@PathVariable String workspaceId, @RequestBody NotebookRequest request,
                                          @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
                                          @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        WorkspaceId workspace = Ids.parse(workspaceId, Workspace.KIND, WorkspaceId::parse);
        return idempotency.run(caller.tenantId().toString(), key, new Parented(workspaceId, request), Set.of(), id -> {
            NotebookId notebookId = new NotebookId(id);
            CreateNotebookCommand command =
                    new CreateNotebookCommand(notebookId, caller.tenantId(), workspace, request.title());
            return dispatch.create(command, caller, notebookId.toString())
                    .map(ack -> Answers.created("/api/v1/notebooks/" + notebookId, ack));
        });
    }

    @PatchMapping("/api/v1/notebooks/{notebookId}")
    public Mono<ResponseEntity<?>> rename(@PathVariable String notebookId, @RequestBody NotebookRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        long expected = Preconditions.requiredVersion(ifMatch);
        NotebookId id = Ids.parse(notebookId, Notebook.KIND, NotebookId::parse);
        return dispatch.update(new RenameNotebookCommand(id, caller.tenantId(), request.title(), expected),
                caller, Notebook.KIND, notebookId).map(Answers::changed);
    }

    @PostMapping("/api/v1/notebooks/{notebookId}/archive")
    public Mono<ResponseEntity<?>> archive(@PathVariable String notebookId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotebookId id = Ids.parse(notebookId, Notebook.KIND, NotebookId::parse);
        return dispatch.update(new ArchiveNotebookCommand(id, caller.tenantId(), Preconditions.optionalVersion(ifMatch)),
                caller, Notebook.KIND, notebookId).map(Answers::changed);
    }

    @PostMapping("/api/v1/notebooks/{notebookId}/restore")
    public Mono<ResponseEntity<?>> restore(@PathVariable String notebookId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotebookId id = Ids.parse(notebookId, Notebook.KIND, NotebookId::parse);
        return dispatch.update(new RestoreNotebookCommand(id, caller.tenantId(), Preconditions.optionalVersion(ifMatch)),
                caller, Notebook.KIND, notebookId).map(Answers::changed);
    }

    /** The idempotency fingerprint covers the parent in the path as well as the body. */
    record Parented(String parent, Object body) {
    }
}
