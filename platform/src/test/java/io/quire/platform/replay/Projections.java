package io.quire.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.Quire;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Reads the admin projection list and waits for replays and rebuilds to end. */
final class Projections {

    static final Duration REPLAY_WITHIN = Duration.ofSeconds(60);

    private final Quire quire;

    Projections(Quire quire) {
        this.quire = quire;
    }

    JsonNode view(String name) {
        JsonNode list = quire.adminRead("/api/v1/admin/projections");
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .filter(item -> item.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No projection " + name + " in " + list));
    }

    /** Waits until the group runs again, with no job of its own, at or past {@code position}. */
    JsonNode settled(String name, long position) {
        return Eventually.until(REPLAY_WITHIN, () -> view(name), view -> {
            if (!view.path("lastFailure").isNull()) {
                throw new AssertionError(name + " failed: " + view);
            }
            return view.get("status").asText().equals("running") && view.get("position").asLong() >= position;
        });
    }

    long head() {
        return Optional.ofNullable(view("pages").get("head")).map(JsonNode::asLong).orElse(0L);
    }
}
