package io.quire.platform.sandbox.crm;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.sandbox.SandboxAnswer;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.function.Function;

/**
 * The CRM sandbox's HTTP API. Writes need a bearer key (any non-empty one); reading a company is open, for looking
 * around. Like the payment sandbox it is outside {@code /api/} and outside the OpenAPI document.
 */
@Hidden
@RestController
@RequestMapping("/sandbox/crm/v1")
@ConditionalOnProperty(name = "quire.sandbox.enabled", matchIfMissing = true)
public class CrmSandboxEndpoint {

    private static final String ANY_KEY = "";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CrmSandbox sandbox;

    public CrmSandboxEndpoint(CrmSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @PutMapping("/companies/{tenantId}")
    public ResponseEntity<Object> upsertCompany(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                @PathVariable String tenantId,
                                                @RequestBody(required = false) JsonNode body) {
        return write(auth, body, request -> sandbox.upsertCompany(tenantId, request));
    }

    @PutMapping("/companies/{tenantId}/contacts/{email}")
    public ResponseEntity<Object> upsertContact(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                @PathVariable String tenantId, @PathVariable String email,
                                                @RequestBody(required = false) JsonNode body) {
        return write(auth, body, request -> sandbox.upsertContact(tenantId, email, request));
    }

    @PostMapping("/companies/{tenantId}/deal/stage")
    public ResponseEntity<Object> moveStage(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                            @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                            @PathVariable String tenantId,
                                            @RequestBody(required = false) JsonNode body) {
        return write(auth, body, request -> sandbox.moveStage(tenantId, key, request));
    }

    @PostMapping("/companies/{tenantId}/activities")
    public ResponseEntity<Object> logActivity(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                              @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                              @PathVariable String tenantId,
                                              @RequestBody(required = false) JsonNode body) {
        return write(auth, body, request -> sandbox.logActivity(tenantId, key, request));
    }

    @DeleteMapping("/activities/{activityId}")
    public ResponseEntity<Object> deleteActivity(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                 @PathVariable String activityId) {
        if (!SandboxAnswer.presentsKey(auth, ANY_KEY)) {
            return SandboxAnswer.unauthorized(ANY_KEY).toResponse();
        }
        return sandbox.deleteActivity(activityId).toResponse();
    }

    @GetMapping("/companies/{tenantId}")
    public ResponseEntity<Object> company(@PathVariable String tenantId) {
        return sandbox.company(tenantId).toResponse();
    }

    private static ResponseEntity<Object> write(String auth, JsonNode body, Function<JsonNode, SandboxAnswer> action) {
        if (!SandboxAnswer.presentsKey(auth, ANY_KEY)) {
            return SandboxAnswer.unauthorized(ANY_KEY).toResponse();
        }
        if (body == null || !body.isObject()) {
            return SandboxAnswer.invalid("The body must be a JSON object").toResponse();
        }
        return action.apply(body).toResponse();
    }
}
