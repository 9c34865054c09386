package io.quire.platform.sandbox;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sandbox peer answers, kept as a value so that a repeated idempotency key gets exactly the first answer.
 * Errors take the providers' shape, {@code {"error": {"type", "code", "message"}}}, not Quire's problem+json:
 * the sandboxes stand in for someone else's API.
 */
public record SandboxAnswer(int status, Object body, boolean replayed) {

    public static SandboxAnswer of(int status, Object body) {
        return new SandboxAnswer(status, body, false);
    }

    public static SandboxAnswer error(int status, String type, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("code", code);
        error.put("message", message);
        return of(status, Map.of("error", error));
    }

    /** A request that is malformed in itself: asking again will not help. */
    public static SandboxAnswer invalid(String message) {
        return error(400, "invalid_request_error", "parameter_invalid", message);
    }

    public static SandboxAnswer notFound(String message) {
        return error(404, "invalid_request_error", "resource_missing", message);
    }

    /** Whether {@code authorization} is {@code Bearer <key>} with a key that starts with {@code prefix}. */
    public static boolean presentsKey(String authorization, String prefix) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String key = authorization.substring(7).strip();
        return key.startsWith(prefix) && key.length() > prefix.length();
    }

    public static SandboxAnswer unauthorized(String prefix) {
        return error(401, "invalid_request_error", "api_key_invalid",
                "Send a sandbox API key as 'Authorization: Bearer " + prefix + "...'");
    }

    public SandboxAnswer asReplay() {
        return new SandboxAnswer(status, body, true);
    }

    public ResponseEntity<Object> toResponse() {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return body == null ? response.build() : response.contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
