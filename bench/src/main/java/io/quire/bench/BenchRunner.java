package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark scenarios against a Quire that is already running, with the raw-PostgreSQL baselines in the
 * same run, and writes a Markdown table and JSON. Arguments: {@code --quire URL --jdbc URL --user U
 * --password P --admin-token T --pid PID --out DIR [--quick]}.
 */
public final class BenchRunner {

    private final Map<String, String> options;
    private final boolean quick;
    private final List<Measurement> results = new ArrayList<>();
    private final QuireClient quire;
    private final RawPostgres postgres;
    private String apiKey;

    private BenchRunner(Map<String, String> options) {
        this.options = options;
        this.quick = options.containsKey("quick");
        this.quire = new QuireClient(options.get("quire"));
        this.postgres = new RawPostgres(options.get("jdbc"), options.get("user"), options.getOrDefault("password", ""));
    }

    public static void main(String[] args) throws Exception {
        new BenchRunner(parse(args)).run();
    }

    private void run() throws Exception {
        apiKey = quire.registerTenant(options.get("admin-token"), "bench");
        Duration window = quick ? Duration.ofSeconds(5) : Duration.ofSeconds(20);

        log("B0 raw PostgreSQL baselines");
        postgres.prepare();
        Map<Integer, Measurement> commits = new LinkedHashMap<>();
        for (int connections : new int[]{1, 4, 16, 64}) {
            commits.put(connections, keep(postgres.singleRowCommits(connections, window)));
        }
        keep(postgres.batchedInserts(window));
        keep(postgres.copy(quick ? 20_000 : 100_000));
        keep(postgres.scan(false));
        keep(postgres.scan(true));

        log("warming Quire up");
        creates(16, quick ? Duration.ofSeconds(10) : Duration.ofSeconds(30));

        log("B1 create commands over REST");
        Measurement b1at16 = null;
        for (int workers : new int[]{16, 64}) {
            Measurement b1 = creates(workers, window).against(commits.get(workers), 0.45);
            keep(b1);
            if (workers == 16) {
                b1at16 = b1;
            }
        }

        log("B2 updates of pages with long histories");
        for (int history : quick ? new int[]{10, 100} : new int[]{10, 100, 1000}) {
            keep(updates(16, history, window).against(b1at16, 0.5));
        }

        log("B3 projection lag at half of peak");
        keep(lag(b1at16.perSecond() * 0.5, window));

        report();
    }

    private Measurement creates(int workers, Duration window) throws Exception {
        ClosedLoop.Result result = ClosedLoop.run(workers, window, (worker, sequence) -> {
            HttpResponse<String> answer = quire.raw(quire.post("/api/v1/workspaces", "{\"name\":\"w" + sequence + "\"}")
                    .header("X-Api-Key", apiKey).build());
            return answer.statusCode() == 201;
        });
        return Measurement.of("B1-create-" + workers, "create commands over REST, " + workers + " connections",
                result.ok(), result.seconds(), result.latencies()).withErrors(result.errors());
    }

    private Measurement updates(int workers, int history, Duration window) throws Exception {
        String notebook = notebook();
        String[] pages = new String[workers];
        long[] versions = new long[workers];
        for (int w = 0; w < workers; w++) {
            pages[w] = quire.create(apiKey, "/api/v1/notebooks/" + notebook + "/pages",
                    "{\"title\":\"history\",\"body\":\"v1\"}").get("id").asText();
            versions[w] = 1;
        }
        ClosedLoop.run(workers, Duration.ofMinutes(30), (worker, sequence) -> {
            if (versions[worker] >= history) {
                return true;
            }
            versions[worker] = quire.edit(apiKey, pages[worker], versions[worker], body(versions[worker]))
                    .get("version").asLong();
            return true;
        }, () -> allReached(versions, history));
        ClosedLoop.Result result = ClosedLoop.run(workers, window, (worker, sequence) -> {
            versions[worker] = quire.edit(apiKey, pages[worker], versions[worker], body(versions[worker]))
                    .get("version").asLong();
            return true;
        });
        return Measurement.of("B2-update-" + history, "updates of pages with " + history + "+ versions, " + workers
                + " connections", result.ok(), result.seconds(), result.latencies()).withErrors(result.errors());
    }

    private Measurement lag(double backgroundRate, Duration window) throws Exception {
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
        return Measurement.of("B3-lag", "acknowledged to visible, background load " + Math.round(backgroundRate)
                + "/s", visible.count(), result.seconds(), visible).withErrors(result.errors());
    }

    private String notebook() throws Exception {
        String workspace = quire.create(apiKey, "/api/v1/workspaces", "{\"name\":\"bench\"}").get("id").asText();
        return quire.create(apiKey, "/api/v1/workspaces/" + workspace + "/notebooks", "{\"title\":\"bench\"}")
                .get("id").asText();
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

    private Measurement keep(Measurement measurement) {
        results.add(measurement);
        System.out.printf("  %-16s %10.1f/s  p50 %7.2f ms  p99 %7.2f ms%s%n", measurement.id(),
                measurement.perSecond(), measurement.p50Millis(), measurement.p99Millis(),
                measurement.ratio() == null ? "" : String.format("  ratio %.2f (%s)", measurement.ratio(),
                        measurement.target()));
        return measurement;
    }

    private void report() throws Exception {
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Files.createDirectories(out);
        long peakRssKiB = PeakMemory.of(options.get("pid"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("mode", quick ? "quick" : "full");
        document.put("peakRssMiB", peakRssKiB / 1024);
        document.put("results", results.stream().map(Measurement::asMap).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("latest.json").toFile(),
                document);
        String table = MarkdownTable.of(results, peakRssKiB / 1024);
        Files.writeString(out.resolve("latest.md"), table);
        System.out.println();
        System.out.println(table);
    }

    private static void log(String step) {
        System.out.println("== " + step);
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }
}
