package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * B4: every read model rebuilt from the whole event log. Two ways, measured alike (the log's length divided by the
 * time until the slowest projection has caught up):
 * <ul>
 *     <li>a first start on a history no projection has seen: each processing group builds its tables from the first
 *     event, and its progress is read from {@code token_entry};</li>
 *     <li>the replay admin API ({@code POST /admin/projections/{name}/replay} for every projection), where Quire has
 *     it; its progress is read from {@code GET /admin/projections}.</li>
 * </ul>
 */
final class ReplayScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEARCH_GROUP = "search";

    private final RawPostgres database;

    ReplayScenario(RawPostgres database) {
        this.database = database;
    }

    /** A measurement taken while starting Quire, and the Quire it started. */
    record Started(Measurement measurement, QuireProcess quire) {
    }

    /**
     * Starts Quire with {@code start} and measures until every projection's token has reached the head. The clock
     * starts when the first projection has committed its first batch, so Quire's own start-up is not counted.
     */
    Started firstStart(String id, Callable<QuireProcess> start, Duration limit) throws Exception {
        long head = head();
        Map<String, Long> before = positions();
        before.values().removeIf(position -> position >= head);
        ExecutorService launcher = Executors.newSingleThreadExecutor();
        Future<QuireProcess> starting = launcher.submit(start);
        launcher.shutdown();
        long began = 0;
        long deadline = System.nanoTime() + limit.toNanos();
        long slowest = 0;
        Map<String, Long> finishedAt = new TreeMap<>();
        while (System.nanoTime() < deadline) {
            Map<String, Long> now = positions();
            now.keySet().retainAll(before.keySet());
            long at = System.nanoTime();
            now.forEach((group, position) -> {
                if (position >= head) {
                    finishedAt.putIfAbsent(group, at);
                }
            });
            slowest = now.values().stream().mapToLong(Long::longValue).min().orElse(head);
            long fastest = now.values().stream().mapToLong(Long::longValue).max().orElse(head);
            if (began == 0 && fastest > 0) {
                began = System.nanoTime();
            }
            if (slowest >= head || failed(starting)) {
                break;
            }
            Thread.sleep(200);
        }
        Measurement measured = result(id, "rebuild of all read models on first start, " + before.size()
                + " processing groups, " + String.format("%,d", head) + " events", head, slowest, began, limit);
        return new Started(began == 0 ? measured : measured.withNote(finishingTimes(finishedAt, began)),
                starting.get());
    }

    /** Replays every projection through the admin API, or answers an unavailable row where Quire has none. */
    Measurement adminApi(String id, QuireClient quire, String adminToken, Duration limit) throws Exception {
        HttpResponse<String> listed = quire.admin(adminToken, "GET", "/api/v1/admin/projections", null);
        String scenario = "replay of all projections through the admin API";
        if (listed.statusCode() == 404) {
            return Measurement.unavailable(id, scenario, "GET /api/v1/admin/projections answers 404");
        }
        JsonNode items = quire.json(listed.body()).path("items");
        long head = head();
        long began = System.nanoTime();
        Set<String> replayed = new HashSet<>();
        for (JsonNode item : items) {
            // Sagas and groups that write no table are listed too, but are not replayed.
            if (!item.path("replayable").asBoolean(true)) {
                continue;
            }
            String name = item.path("name").asText();
            HttpResponse<String> replay = quire.admin(adminToken, "POST", "/api/v1/admin/projections/" + name
                    + "/replay", null);
            if (replay.statusCode() != 202) {
                return Measurement.unavailable(id, scenario, "replay of " + name + " answered " + replay.statusCode());
            }
            replayed.add(name);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        long slowest = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            JsonNode now = quire.json(quire.admin(adminToken, "GET", "/api/v1/admin/projections", null).body());
            slowest = Long.MAX_VALUE;
            boolean caughtUp = true;
            for (JsonNode item : now.path("items")) {
                if (!replayed.contains(item.path("name").asText())) {
                    continue;
                }
                slowest = Math.min(slowest, item.path("position").asLong());
                caughtUp &= "running".equals(item.path("status").asText()) && item.path("position").asLong() >= head
                        && item.path("pendingRows").asLong(0) == 0;
            }
            if (caughtUp) {
                slowest = head;
                break;
            }
        }
        return result(id, scenario + ", " + replayed.size() + " projections, " + String.format("%,d", head) + " events",
                head, slowest, began, limit);
    }

    /** Which group finished when, slowest first: the slowest one sets the figure. */
    private static String finishingTimes(Map<String, Long> finishedAt, long began) {
        return "done after: " + finishedAt.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(done -> String.format("%s %.0f s", done.getKey(), (done.getValue() - began) / 1e9))
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    private static boolean failed(Future<?> task) throws InterruptedException {
        if (!task.isDone()) {
            return false;
        }
        try {
            task.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static Measurement result(String id, String scenario, long head, long slowest, long began,
                                      Duration limit) {
        double seconds = began == 0 ? 0 : (System.nanoTime() - began) / 1e9;
        Measurement measured = Measurement.of(id, scenario, Math.min(head, slowest), seconds, null);
        return slowest >= head ? measured : measured.withNote(String.format(
                "bounded at %s: the slowest projection reached %.0f %%", limit, 100.0 * slowest / Math.max(1, head)));
    }

    /**
     * Checks the rebuilt read models against the events they come from: one page row per created page and one
     * history row per page event, one decision per proposal. Answers a note for the table.
     */
    String verifyReadModels() throws SQLException {
        try (Connection connection = database.connect();
             ResultSet counts = connection.createStatement().executeQuery("""
                SELECT (SELECT count(*) FROM domain_event_entry
                        WHERE payload_type = 'io.quire.contracts.page.PageCreatedEvent'),
                       (SELECT count(*) FROM page_view),
                       (SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE 'io.quire.contracts.page.%'),
                       (SELECT count(*) FROM page_version),
                       (SELECT count(*) FROM domain_event_entry
                        WHERE payload_type = 'io.quire.contracts.decision.DecisionProposedEvent'),
                       (SELECT count(*) FROM decision_view)""")) {
            counts.next();
            boolean match = counts.getLong(1) == counts.getLong(2) && counts.getLong(3) == counts.getLong(4)
                    && counts.getLong(5) == counts.getLong(6);
            return String.format("read models %s the events: %,d/%,d pages, %,d/%,d page versions, %,d/%,d decisions",
                    match ? "match" : "DO NOT MATCH", counts.getLong(2), counts.getLong(1), counts.getLong(4),
                    counts.getLong(3), counts.getLong(6), counts.getLong(5));
        }
    }

    /** The event store's last global index. */
    long head() throws SQLException {
        try (Connection connection = database.connect(); ResultSet max = connection.createStatement()
                .executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            max.next();
            return max.getLong(1);
        }
    }

    /**
     * Waits, at most {@code limit}, until every processing group's token has reached the head: a rebuild or replay
     * that its own bound cut short goes on inside Quire, and queries measured meanwhile would measure it too.
     * Answers whether they all got there.
     */
    boolean awaitCaughtUp(Duration limit) throws SQLException, InterruptedException {
        long head = head();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (positions().values().stream().allMatch(position -> position >= head)) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** Each processing group's position: the lowest of its segments' tokens, -1 for a segment that has none. */
    Map<String, Long> positions() throws SQLException {
        Map<String, Long> positions = new HashMap<>();
        try (Connection connection = database.connect(); ResultSet tokens = connection.createStatement()
                .executeQuery("SELECT processor_name, token FROM token_entry")) {
            while (tokens.next()) {
                long position = position(tokens.getBytes(2));
                positions.merge(tokens.getString(1), position, Math::min);
            }
            // The search index is complete only once every document has its terms: a catch-up leaves them for later
            // (V17), so until then the group counts as one event short of where its token is.
            if (positions.containsKey(SEARCH_GROUP) && searchTermsPending(connection)) {
                positions.computeIfPresent(SEARCH_GROUP, (group, position) -> position - 1);
            }
        }
        return positions;
    }

    private static boolean searchTermsPending(Connection connection) throws SQLException {
        try (ResultSet table = connection.createStatement().executeQuery(
                "SELECT to_regclass('search_document') IS NOT NULL")) {
            if (!table.next() || !table.getBoolean(1)) {
                return false;
            }
        }
        try (ResultSet pending = connection.createStatement().executeQuery(
                "SELECT EXISTS (SELECT 1 FROM search_document WHERE terms IS NULL)")) {
            return pending.next() && pending.getBoolean(1);
        }
    }

    /** A gap-aware token's index, or a replay token's current one. */
    static long position(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode json = JSON.readTree(token);
            JsonNode current = json.has("currentToken") ? json.get("currentToken") : json;
            return current == null || current.isNull() ? -1 : current.path("index").asLong(-1);
        } catch (Exception e) {
            return -1;
        }
    }
}
