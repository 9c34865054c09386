package io.quire.platform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers the answer given for each idempotency key. The same key with the same request answers the stored
 * answer and does nothing again; the same key with another request is refused, as real providers do. Callers hold
 * their sandbox's lock, so two concurrent requests with one key never both act.
 */
public final class IdempotentAnswers {

    private static final int MAX_KEY_LENGTH = 255;

    private final Map<String, Remembered> answers = new HashMap<>();

    private record Remembered(JsonNode request, SandboxAnswer answer) {
    }

    public SandboxAnswer once(String scope, String key, JsonNode request, Supplier<SandboxAnswer> firstTime) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return SandboxAnswer.error(400, "invalid_request_error", "idempotency_key_invalid",
                    "Send an Idempotency-Key header of 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Remembered earlier = answers.get(scope + "\n" + key);
        if (earlier != null) {
            return earlier.request().equals(request) ? earlier.answer().asReplay()
                    : SandboxAnswer.error(400, "idempotency_error", "idempotency_key_in_use",
                    "This Idempotency-Key was already used with other parameters");
        }
        SandboxAnswer answer = firstTime.get();
        answers.put(scope + "\n" + key, new Remembered(request, answer));
        return answer;
    }
}
