package io.quire.command.workspace;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.command.shared.Preconditions;
import io.quire.command.shared.UnprocessableException;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.workspace.ArchiveWorkspaceCommand;
import io.quire.contracts.workspace.ChangeWorkspaceSearchLanguageCommand;
import io.quire.contracts.workspace.CreateWorkspaceCommand;
import io.quire.contracts.workspace.RenameWorkspaceCommand;
import io.quire.contracts.workspace.WorkspaceId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Set;

/** Creating, renaming and archiving workspaces, and choosing the language they are searched in. */
@RestController
@RequestMapping("/api/v1/workspaces")
public class WorkspaceCommandEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;
    private final ServerSearchLanguages languages;

    public WorkspaceCommandEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency,
                                    ServerSearchLanguages languages) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
        this.languages = languages;
    }

    public record WorkspaceRequest(String name) {
    }

    public record SearchLanguageRequest(String language) {
    }

    @PostMapping
    public Mono<ResponseEntity<?>> create(@RequestBody WorkspaceRequest request,
                                          @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
                                          @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return idempotency.run(caller.tenantId().toString(), key, request, Set.of(), id -> {
            WorkspaceId workspaceId = new WorkspaceId(id);
            return dispatch.create(new CreateWorkspaceCommand(workspaceId, caller.tenantId(), request.name()),
                            caller, workspaceId.toString())
                    .map(ack -> Answers.created("/api/v1/workspaces/" + workspaceId, ack));
        });
    }

    @PatchMapping("/{workspaceId}")
    public Mono<ResponseEntity<?>> rename(@PathVariable String workspaceId, @RequestBody WorkspaceRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        long expected = Preconditions.requiredVersion(ifMatch);
        WorkspaceId id = Ids.parse(workspaceId, Workspace.KIND, WorkspaceId::parse);
        return dispatch.update(new RenameWorkspaceCommand(id, caller.tenantId(), request.name(), expected),
                caller, Workspace.KIND, workspaceId).map(Answers::changed);
    }

    @PutMapping("/{workspaceId}/search-language")
    public Mono<ResponseEntity<?>> changeSearchLanguage(
            @PathVariable String workspaceId, @RequestBody SearchLanguageRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        long expected = Preconditions.requiredVersion(ifMatch);
        WorkspaceId id = Ids.parse(workspaceId, Workspace.KIND, WorkspaceId::parse);
        String language = SearchLanguage.requireWellFormed(request.language());
        return languages.knows(language)
                .flatMap(known -> known ? Mono.just(language) : Mono.error(new UnprocessableException("language",
                        "The server has no text search configuration named " + language
                                + "; GET /api/v1/search/languages lists those it has")))
                .flatMap(known -> dispatch.update(
                        new ChangeWorkspaceSearchLanguageCommand(id, caller.tenantId(), known, expected),
                        caller, Workspace.KIND, workspaceId))
                .map(Answers::changed);
    }

    @PostMapping("/{workspaceId}/archive")
    public Mono<ResponseEntity<?>> archive(@PathVariable String workspaceId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        Long expected = Preconditions.optionalVersion(ifMatch);
        WorkspaceId id = Ids.parse(workspaceId, Workspace.KIND, WorkspaceId::parse);
        return dispatch.update(new ArchiveWorkspaceCommand(id, caller.tenantId(), expected),
                caller, Workspace.KIND, workspaceId).map(Answers::changed);
    }

}
