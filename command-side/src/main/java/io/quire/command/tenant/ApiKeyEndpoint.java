package io.quire.command.tenant;

import io.quire.command.idempotency.IdempotentCreation;
import io.quire.command.shared.CommandDispatch;
import io.quire.command.shared.Ids;
import io.quire.contracts.identity.Caller;
import io.quire.contracts.paging.ListPage;
import io.quire.contracts.paging.ListRequest;
import io.quire.contracts.tenant.ApiKeyId;
import io.quire.contracts.tenant.IssueApiKeyCommand;
import io.quire.contracts.tenant.RevokeApiKeyCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Set;

/** A tenant manages its own API keys. Secrets are shown once, in the answer that issues them. */
@RestController
@RequestMapping("/api/v1/api-keys")
public class ApiKeyEndpoint {

    private final CommandDispatch dispatch;
    private final IdempotentCreation idempotency;
    private final ApiKeyListing listing;

    public ApiKeyEndpoint(CommandDispatch dispatch, IdempotentCreation idempotency, ApiKeyListing listing) {
        this.dispatch = dispatch;
        this.idempotency = idempotency;
        this.listing = listing;
    }

    public record IssueApiKeyRequest(String name, String email) {
    }

    public record IssuedApiKey(String id, String name, String prefix, String apiKey) {
    }

    @PostMapping
    public Mono<ResponseEntity<?>> issue(@RequestBody IssueApiKeyRequest request,
                                         @RequestHeader(value = IdempotentCreation.HEADER, required = false) String key,
                                         @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return idempotency.run(caller.tenantId().toString(), key, request, Set.of("apiKey"), id -> {
            ApiKeyId keyId = new ApiKeyId(id);
            ApiKeySecret secret = ApiKeySecret.generate();
            IssueApiKeyCommand command = new IssueApiKeyCommand(caller.tenantId(), keyId, request.name(),
                    secret.prefix(), secret.hash(), request.email());
            return dispatch.update(command, caller, "tenant", caller.tenantId().toString())
                    .map(ack -> ResponseEntity.created(URI.create("/api/v1/api-keys/" + keyId))
                            .body(new IssuedApiKey(keyId.toString(), request.name(), secret.prefix(),
                                    secret.secret())));
        });
    }

    @GetMapping
    public Mono<ListPage<ApiKeyListing.ApiKeyView>> list(@RequestParam(required = false) String limit,
                                                         @RequestParam(required = false) String cursor,
                                                         @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return listing.list(caller.tenantId(), ListRequest.parse(limit, cursor));
    }

    @DeleteMapping("/{keyId}")
    public Mono<ResponseEntity<Void>> revoke(@PathVariable String keyId,
                                             @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ApiKeyId id = Ids.parse(keyId, "API key", ApiKeyId::parse);
        return dispatch.update(new RevokeApiKeyCommand(caller.tenantId(), id), caller, "tenant",
                        caller.tenantId().toString())
                .thenReturn(ResponseEntity.noContent().build());
    }
}
