package io.quire.command.page;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.notebook.Notebook;
import io.quire.command.shared.Answers;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.Preconditions;
import io.quire.command.shared.UnprocessableException;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.notebook.NotebookId;
import io.quire.contracts.page.ArchivePageCommand;
import io.quire.contracts.page.CreatePageCommand;
import io.quire.contracts.page.EditPageCommand;
import io.quire.contracts.page.MovePageCommand;
import io.quire.contracts.page.PageId;
import io.quire.contracts.page.RestorePageCommand;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Set;

/** Creating, editing, moving, archiving and restoring pages. */
@RestController
public class PageCommandEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;

    public PageCommandEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
    }

    public record PageRequest(String title, String body) {
    }

    public record MoveRequest(String notebookId) {
    }

    @PostMapping("/api/v1/notebooks/{notebookId}/pages")
    public Mono<ResponseEntity<?>> create(@PathVariable String notebookId, @RequestBody PageRequest request,
                                          @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
                                          @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        NotebookId notebook = Ids.parse(notebookId, Notebook.KIND, NotebookId::parse);
        return idempotency.run(caller.tenantId().toString(), key, new Parented(notebookId, request), Set.of(), id -> {
            PageId pageId = new PageId(id);
            CreatePageCommand command =
                    new CreatePageCommand(pageId, caller.tenantId(), notebook, request.title(), request.body());
            return dispatch.create(command, caller, pageId.toString())
                    .map(ack -> Answers.created("/api/v1/pages/" + pageId, ack));
        });
    }

    @PutMapping("/api/v1/pages/{pageId}")
    public Mono<ResponseEntity<?>> edit(@PathVariable String pageId, @RequestBody PageRequest request,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        long expected = Preconditions.requiredVersion(ifMatch);
        PageId id = Ids.parse(pageId, Page.KIND, PageId::parse);
        EditPageCommand command = new EditPageCommand(id, caller.tenantId(), request.title(), request.body(), expected);
        return dispatch.update(command, caller, Page.KIND, pageId).map(Answers::changed);
    }

    @PostMapping("/api/v1/pages/{pageId}/move")
    public Mono<ResponseEntity<?>> move(@PathVariable String pageId, @RequestBody MoveRequest request,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        PageId id = Ids.parse(pageId, Page.KIND, PageId::parse);
        Long expected = Preconditions.optionalVersion(ifMatch);
        NotebookId target = targetNotebook(request.notebookId());
        return dispatch.update(new MovePageCommand(id, caller.tenantId(), target, expected), caller, Page.KIND, pageId)
                .map(Answers::changed);
    }

    @PostMapping("/api/v1/pages/{pageId}/archive")
    public Mono<ResponseEntity<?>> archive(@PathVariable String pageId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        PageId id = Ids.parse(pageId, Page.KIND, PageId::parse);
        return dispatch.update(new ArchivePageCommand(id, caller.tenantId(), Preconditions.optionalVersion(ifMatch)),
                caller, Page.KIND, pageId).map(Answers::changed);
    }

    @PostMapping("/api/v1/pages/{pageId}/restore")
    public Mono<ResponseEntity<?>> restore(@PathVariable String pageId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        PageId id = Ids.parse(pageId, Page.KIND, PageId::parse);
        return dispatch.update(new RestorePageCommand(id, caller.tenantId(), Preconditions.optionalVersion(ifMatch)),
                caller, Page.KIND, pageId).map(Answers::changed);
    }

    private static NotebookId targetNotebook(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("notebookId", "notebookId must not be blank");
        }
        try {
            return NotebookId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("notebookId", "notebookId does not name a notebook you can see");
        }
    }

    /** The idempotency fingerprint covers the parent in the path as well as the body. */
    record Parented(String parent, Object body) {
    }
}
