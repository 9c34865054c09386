package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B1 to B3 over REST: creates (one event each), updates of pages with long histories, and the time from a command's
 * acknowledgement until the read model shows it.
 */
final class CommandScenarios {

    private final QuireClient quire;
    private final String apiKey;
    /** Pages brought to a history length once, kept across restarts of Quire so that variants update the same ones. */
    private final Map<Integer, LongHistory> histories = new HashMap<>();
    /** The key of the pages edited to warm up; their "history" of one version only says where they start. */
    private static final int WARM_UP_PAGES = 1;
    private String notebook;

    CommandScenarios(QuireClient quire, String apiKey) {
        this.quire = quire;
        this.apiKey = apiKey;
    }

    /** Pages of one history length, one per worker, with the version each worker last saw. */
    private record LongHistory(String[] pages, long[] versions) {
    }

    Measurement creates(String id, int workers, Duration window) throws Exception {
        ClosedLoop.Result result = ClosedLoop.run(workers, window, (worker, sequence) -> {
            HttpResponse<String> answer = quire.post(apiKey, "/api/v1/workspaces", "{\"name\":\"w" + sequence + "\"}");
            return answer.statusCode() == 201;
        });
        return Measurement.of(id, "create commands over REST, " + workers + " connections",
                result.ok(), result.seconds(), result.latencies()).withErrors(result.errors());
    }

    /** Creates as a warm-up, until {@code warmUp}'s count of requests or time, whichever comes first. */
    void warmCreates(int workers, BenchOptions.WarmUp warmUp) throws Exception {
        AtomicLong served = new AtomicLong();
        ClosedLoop.run(workers, warmUp.atMost(), (worker, sequence) -> {
            served.incrementAndGet();
            return quire.post(apiKey, "/api/v1/workspaces", "{\"name\":\"warm-up\"}").statusCode() == 201;
        }, () -> served.get() >= warmUp.requests());
    }

    /**
     * Warms the edit path up (aggregate loading, snapshots, every projection of an edit) on pages of their own, so
     * that the measured histories keep their lengths; the JIT settles per code path, and creates do not warm edits.
     */
    void warmEdits(int workers, BenchOptions.WarmUp warmUp) throws Exception {
        prepareHistory(workers, WARM_UP_PAGES);
        warmUpdates(workers, WARM_UP_PAGES, warmUp);
    }

    /** Makes sure one page per worker has {@code history} versions (built once per length, not measured). */
    void prepareHistory(int workers, int history) throws Exception {
        if (!histories.containsKey(history)) {
            histories.put(history, build(workers, history));
        }
    }

    /** Updates of pages that already have {@code history} versions. */
    Measurement updates(String id, String variant, int workers, int history, Duration window) throws Exception {
        prepareHistory(workers, history);
        LongHistory edited = histories.get(history);
        ClosedLoop.Result result = ClosedLoop.run(workers, window, (worker, sequence) -> {
            edited.versions()[worker] = edit(edited, worker);
            return true;
        });
        return Measurement.of(id, "updates of pages with " + history + "+ versions, " + workers + " connections"
                + variant, result.ok(), result.seconds(), result.latencies()).withErrors(result.errors());
    }

    /** Warms the update path up after a restart, on the pages of {@code history}, without measuring. */
    void warmUpdates(int workers, int history, BenchOptions.WarmUp warmUp) throws Exception {
        LongHistory pages = histories.get(history);
        AtomicLong served = new AtomicLong();
        if (pages != null) {
            ClosedLoop.run(workers, warmUp.atMost(), (worker, sequence) -> {
                served.incrementAndGet();
                pages.versions()[worker] = edit(pages, worker);
                return true;
            }, () -> served.get() >= warmUp.requests());
        }
    }

    /** B3: one client creates and immediately reads with its consistency token while others keep up a load. */
    Measurement lag(String id, double backgroundRate, Duration window) throws Exception {
        int background = 8;
        long intervalNanos = (long) (background * 1e9 / Math.max(1, backgroundRate));
        Latencies visible = new Latencies();
        ClosedLoop.Result result = ClosedLoop.run(background + 1, window, (worker, sequence) -> {
            long t0 = System.nanoTime();
            JsonNode ack = quire.create(apiKey, "/api/v1/workspaces", "{\"name\":\"lag\"}");
            if (worker == background) {
                long acknowledged = System.nanoTime();
                HttpResponse<String> read = quire.get(apiKey, "/api/v1/workspaces/" + ack.get("id").asText()
                        + "?consistency=" + ack.get("consistency").asText());
                visible.record((System.nanoTime() - acknowledged) / 1000);
                return read.statusCode() == 200 && "current".equals(read.headers()
                        .firstValue("Quire-Consistency").orElse(""));
            }
            long rest = intervalNanos - (System.nanoTime() - t0);
            if (rest > 0) {
                Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
            }
            return true;
        });
        return Measurement.of(id, "acknowledged to visible, background load " + Math.round(backgroundRate)
                + "/s", visible.count(), result.seconds(), visible).withErrors(result.errors());
    }

    private LongHistory build(int workers, int history) throws Exception {
        String target = notebook();
        String[] pages = new String[workers];
        long[] versions = new long[workers];
        for (int w = 0; w < workers; w++) {
            pages[w] = quire.create(apiKey, "/api/v1/notebooks/" + target + "/pages",
                    "{\"title\":\"history\",\"body\":\"v1\"}").get("id").asText();
            versions[w] = 1;
        }
        LongHistory built = new LongHistory(pages, versions);
        ClosedLoop.run(workers, Duration.ofMinutes(30), (worker, sequence) -> {
            if (versions[worker] < history) {
                versions[worker] = edit(built, worker);
            }
            return true;
        }, () -> allReached(versions, history));
        return built;
    }

    /** One edit; after a failed one the worker reads the page's current version, so that it can go on. */
    private long edit(LongHistory pages, int worker) throws Exception {
        long version = pages.versions()[worker];
        try {
            return quire.edit(apiKey, pages.pages()[worker], version, body(version)).get("version").asLong();
        } catch (Exception e) {
            HttpResponse<String> current = quire.get(apiKey, "/api/v1/pages/" + pages.pages()[worker]);
            current.headers().firstValue("ETag").ifPresent(etag ->
                    pages.versions()[worker] = Long.parseLong(etag.replaceAll("\\D", "")));
            throw e;
        }
    }

    private String notebook() throws Exception {
        if (notebook == null) {
            String workspace = quire.create(apiKey, "/api/v1/workspaces", "{\"name\":\"bench\"}").get("id").asText();
            notebook = quire.create(apiKey, "/api/v1/workspaces/" + workspace + "/notebooks", "{\"title\":\"bench\"}")
                    .get("id").asText();
        }
        return notebook;
    }

    private static boolean allReached(long[] versions, int history) {
        for (long version : versions) {
            if (version < history) {
                return false;
            }
        }
        return true;
    }

    private static String body(long version) {
        return "{\"title\":\"history\",\"body\":\"# Version " + (version + 1) + "\\nSome text that changes.\\n\"}";
    }
}
