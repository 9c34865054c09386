package io.quire.command.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.command.shared.InvalidInputException;
import io.quire.command.shared.StateConflictException;
import io.quire.command.shared.UnprocessableException;
import io.quire.command.tenant.ApiKeySecret;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Makes creating POSTs safe to retry. The first request with an {@code Idempotency-Key} is executed and its answer
 * kept; a repeat with the same body gets that answer again, and a repeat with another body gets 422. The new
 * resource's id is derived from the key, so even a retry after a crash between the command and the recording of
 * its answer cannot create a second resource.
 */
@Component
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);
    private static final int MAX_KEY_LENGTH = 200;

    private final DatabaseClient db;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentCreation(DatabaseClient db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per {@code (scope, key)}. Fields named in {@code secretFields} are answered the first
     * time only and never stored.
     */
    public Mono<ResponseEntity<?>> run(String scope, String key, Object request, Set<String> secretFields,
                                       Function<UUID, Mono<ResponseEntity<?>>> action) {
        if (key == null) {
            return action.apply(UUID.randomUUID());
        }
        requireWellFormed(key);
        String requestHash = hash(request);
        UUID resourceId = UUID.nameUUIDFromBytes((scope + "\n" + key).getBytes(StandardCharsets.UTF_8));
        return claim(scope, key, requestHash).flatMap(claimed -> claimed
                ? execute(scope, key, secretFields, action.apply(resourceId))
                : answerRepeat(scope, key, requestHash, secretFields, action, resourceId));
    }

    private Mono<Boolean> claim(String scope, String key, String requestHash) {
        return db.sql("""
                        INSERT INTO idempotency_record (scope, idem_key, request_hash, state, created_at)
                        VALUES (:scope, :key, :hash, 'pending', :now) ON CONFLICT (scope, idem_key) DO NOTHING""")
                .bind("scope", scope).bind("key", key).bind("hash", requestHash).bind("now", clock.instant())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    private Mono<ResponseEntity<?>> execute(String scope, String key, Set<String> secretFields,
                                            Mono<ResponseEntity<?>> action) {
        return action
                .flatMap(response -> record(scope, key, response, secretFields).<ResponseEntity<?>>thenReturn(response))
                .onErrorResume(error -> forget(scope, key).then(Mono.error(error)));
    }

    private Mono<ResponseEntity<?>> answerRepeat(String scope, String key, String requestHash,
                                                 Set<String> secretFields,
                                                 Function<UUID, Mono<ResponseEntity<?>>> action, UUID resourceId) {
        return db.sql("""
                        SELECT request_hash, state, status_code, response_body, location, etag, created_at
                        FROM idempotency_record WHERE scope = :scope AND idem_key = :key""")
                .bind("scope", scope).bind("key", key)
                .map(row -> new Recorded(row.get("request_hash", String.class), row.get("state", String.class),
                        row.get("status_code", Integer.class), row.get("response_body", String.class),
                        row.get("location", String.class), row.get("etag", String.class),
                        row.get("created_at", Instant.class)))
                .one()
                .switchIfEmpty(Mono.defer(() -> Mono.error(new StateConflictException(
                        "A request with this Idempotency-Key just failed; send it again"))))
                .flatMap(recorded -> {
                    if (!recorded.requestHash().equals(requestHash)) {
                        return Mono.error(new UnprocessableException(HEADER,
                                "This Idempotency-Key was already used with a different request"));
                    }
                    if ("done".equals(recorded.state())) {
                        return Mono.just(replay(recorded));
                    }
                    if (recorded.createdAt().plus(ABANDONED_AFTER).isBefore(clock.instant())) {
                        return takeOver(scope, key, recorded.createdAt()).flatMap(taken -> taken
                                ? execute(scope, key, secretFields, action.apply(resourceId))
                                : Mono.error(inProgress()));
                    }
                    return Mono.error(inProgress());
                });
    }

    private Mono<Boolean> takeOver(String scope, String key, Instant claimedAt) {
        return db.sql("""
                        UPDATE idempotency_record SET created_at = :now
                        WHERE scope = :scope AND idem_key = :key AND state = 'pending' AND created_at = :claimedAt""")
                .bind("now", clock.instant()).bind("scope", scope).bind("key", key).bind("claimedAt", claimedAt)
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    private Mono<Void> record(String scope, String key, ResponseEntity<?> response, Set<String> secretFields) {
        JsonNode body = json.valueToTree(response.getBody());
        if (body instanceof ObjectNode object) {
            secretFields.forEach(object::remove);
        }
        HttpHeaders headers = response.getHeaders();
        DatabaseClient.GenericExecuteSpec update = db.sql("""
                        UPDATE idempotency_record SET state = 'done', status_code = :status, response_body = :body,
                               location = :location, etag = :etag
                        WHERE scope = :scope AND idem_key = :key""")
                .bind("status", response.getStatusCode().value())
                .bind("body", body.toString())
                .bind("scope", scope).bind("key", key);
        update = bindNullable(update, "location", headers.getFirst(HttpHeaders.LOCATION));
        update = bindNullable(update, "etag", headers.getETag());
        return update.then();
    }

    private Mono<Void> forget(String scope, String key) {
        return db.sql("DELETE FROM idempotency_record WHERE scope = :scope AND idem_key = :key AND state = 'pending'")
                .bind("scope", scope).bind("key", key).then()
                .onErrorResume(e -> Mono.empty());
    }

    private ResponseEntity<?> replay(Recorded recorded) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(recorded.statusCode())
                .header(REPLAYED_HEADER, "true");
        if (recorded.location() != null) {
            answer.header(HttpHeaders.LOCATION, recorded.location());
        }
        if (recorded.etag() != null) {
            answer.eTag(recorded.etag());
        }
        try {
            return answer.body(json.readTree(recorded.responseBody()));
        } catch (Exception e) {
            throw new IllegalStateException("Stored idempotent response is not JSON", e);
        }
    }

    private String hash(Object request) {
        try {
            return ApiKeySecret.hashOf(json.writeValueAsString(request));
        } catch (Exception e) {
            throw new IllegalStateException("Request could not be fingerprinted", e);
        }
    }

    private static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER,
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    private static StateConflictException inProgress() {
        return new StateConflictException("A request with this Idempotency-Key is still being processed; retry shortly");
    }

    private static DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
                                                                  String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private record Recorded(String requestHash, String state, Integer statusCode, String responseBody,
                            String location, String etag, Instant createdAt) {
    }
}
