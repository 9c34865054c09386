package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quire.bench.SearchQueries.Search;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * S0–S3: search over a large index. Loads {@code --rows} documents (default 1,000,000) straight into the search
 * tables of a running Quire, then measures the search endpoint's SQL over JDBC (S1) and the endpoint itself over
 * HTTP (S2, S3), for a tenant with a tenth of the documents and for one of a hundred tenants alike, next to the
 * cost of any authenticated query over HTTP (S0). Arguments as
 * {@link BenchRunner}'s, plus {@code --rows N}; {@code --quick} shortens each measurement.
 */
public final class SearchBench {

    private static final double TARGET_P99_MILLIS = 50;

    private final Map<String, String> options;
    private final Duration window;
    private final QuireClient quire;
    private final List<Measurement> results = new ArrayList<>();
    private final Map<String, Latencies> byKind = new LinkedHashMap<>();
    private String loadAtStart;

    private SearchBench(Map<String, String> options) {
        this.options = options;
        this.window = options.containsKey("quick") ? Duration.ofSeconds(8) : Duration.ofSeconds(30);
        this.quire = new QuireClient(options.get("quire"));
    }

    public static void main(String[] args) throws Exception {
        new SearchBench(BenchRunner.parse(args)).run();
    }

    private void run() throws Exception {
        loadAtStart = loadAverage();
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        JsonNode big = quire.register(options.get("admin-token"), "search-big");
        JsonNode typical = quire.register(options.get("admin-token"), "search-typical");
        SearchCorpus corpus = new SearchCorpus(options.get("jdbc"), options.get("user"),
                options.getOrDefault("password", ""));
        log("loading " + rows + " documents");
        long started = System.nanoTime();
        List<String> vocabulary = corpus.load(rows, new SearchCorpus.Tenants(tenantId(big), tenantId(typical)));
        log(String.format("loaded and indexed in %.0f s", (System.nanoTime() - started) / 1e9));
        List<Search> searches = SearchQueries.mix(vocabulary, corpus.paragraphs(2_000), 600, 7);

        log("S1 search SQL over JDBC, one connection");
        sql("S1-sql-typical", "one of 100 tenants (" + rows * 9 / 1000 + " docs)", tenantId(typical), searches, false);
        sql("S1-sql-big", "big tenant (" + rows / 10 + " docs)", tenantId(big), searches, true);

        log("S0 the HTTP floor: an authenticated trivial query, one connection");
        floor(typical.get("apiKey").asText());
        log("S2 search over HTTP, one connection");
        http("S2-http-typical", "one of 100 tenants, HTTP", typical.get("apiKey").asText(), searches, 1);
        http("S2-http-big", "big tenant, HTTP", big.get("apiKey").asText(), searches, 1);
        log("S3 search over HTTP, 4 connections");
        http("S3-http-big-4", "big tenant, HTTP, 4 connections", big.get("apiKey").asText(), searches, 4);
        report(rows);
    }

    private void sql(String id, String scenario, UUID tenant, List<Search> searches, boolean breakdown)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(options.get("jdbc"), options.get("user"),
                options.getOrDefault("password", ""))) {
            for (Search search : searches.subList(0, 60)) {
                SearchQueries.run(connection, tenant, search);
            }
            Latencies all = new Latencies();
            long deadline = System.nanoTime() + window.toNanos();
            long started = System.nanoTime();
            int next = 0;
            while (System.nanoTime() < deadline) {
                Search search = searches.get(next++ % searches.size());
                long t0 = System.nanoTime();
                SearchQueries.run(connection, tenant, search);
                long micros = (System.nanoTime() - t0) / 1000;
                all.record(micros);
                if (breakdown) {
                    byKind.computeIfAbsent(search.kind(), kind -> new Latencies()).record(micros);
                }
            }
            keep(Measurement.of(id, "search SQL, " + scenario, all.count(), (System.nanoTime() - started) / 1e9,
                    all).withP99Below(TARGET_P99_MILLIS));
        }
    }

    private void http(String id, String scenario, String apiKey, List<Search> searches, int workers)
            throws Exception {
        ClosedLoop.run(workers, Duration.ofSeconds(3), (worker, sequence) -> get(apiKey, searches, sequence));
        ClosedLoop.Result result = ClosedLoop.run(workers, window,
                (worker, sequence) -> get(apiKey, searches, sequence * workers + worker));
        keep(Measurement.of(id, "search endpoint, " + scenario, result.ok(), result.seconds(), result.latencies())
                .withErrors(result.errors()).withP99Below(TARGET_P99_MILLIS));
    }

    /** What any query endpoint costs over HTTP (authentication, one trivial statement), to set S2 and S3 against. */
    private void floor(String apiKey) throws Exception {
        ClosedLoop.Call call = (worker, sequence) ->
                quire.get(apiKey, "/api/v1/search/languages").statusCode() == 200;
        ClosedLoop.run(1, Duration.ofSeconds(3), call);
        ClosedLoop.Result result = ClosedLoop.run(1, window, call);
        keep(Measurement.of("S0-http-floor", "GET /api/v1/search/languages, HTTP", result.ok(), result.seconds(),
                result.latencies()).withErrors(result.errors()));
    }

    private boolean get(String apiKey, List<Search> searches, long sequence) throws Exception {
        Search search = searches.get((int) (sequence % searches.size()));
        String path = "/api/v1/search?q=" + URLEncoder.encode(search.q(), StandardCharsets.UTF_8)
                + (search.type() == null ? "" : "&type=" + search.type());
        HttpResponse<String> answer = quire.get(apiKey, path);
        return answer.statusCode() == 200;
    }

    private void keep(Measurement measurement) {
        results.add(measurement);
        System.out.printf("  %-16s %8.1f/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%n", measurement.id(),
                measurement.perSecond(), measurement.p50Millis(), measurement.p99Millis(), measurement.errors());
    }

    private void report(int rows) throws Exception {
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Files.createDirectories(out);
        long peakRssKiB = PeakMemory.of(options.get("pid"));
        StringBuilder kinds = new StringBuilder("""

                S1-sql-big by kind of search:

                | search | runs | p50 ms | p99 ms |
                | --- | ---: | ---: | ---: |
                """);
        byKind.forEach((kind, latencies) -> kinds.append(String.format("| %s | %d | %.2f | %.2f |%n", kind,
                latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99))));
        String table = "Search over " + rows + " documents" + (options.containsKey("quick") ? " (--quick)" : "")
                + "; load average " + loadAtStart + " at the start, " + loadAverage() + " at the end (1, 5, 15 min)"
                + "\n\n" + MarkdownTable.of(results, peakRssKiB / 1024) + kinds;
        Files.writeString(out.resolve("search-latest.md"), table);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("rows", rows);
        document.put("mode", options.containsKey("quick") ? "quick" : "full");
        document.put("loadAverageAtStart", loadAtStart);
        document.put("loadAverageAtEnd", loadAverage());
        document.put("peakRssMiB", peakRssKiB / 1024);
        document.put("results", results.stream().map(Measurement::asMap).toList());
        Map<String, Object> breakdown = new LinkedHashMap<>();
        byKind.forEach((kind, latencies) -> breakdown.put(kind, Map.of("runs", latencies.count(),
                "p50Millis", latencies.percentileMillis(50), "p99Millis", latencies.percentileMillis(99))));
        document.put("sqlBigByKind", breakdown);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("search-latest.json").toFile(), document);
        System.out.println();
        System.out.println(table);
    }

    /** The machine's load averages, which say how far other work may have skewed the numbers. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static UUID tenantId(JsonNode registration) {
        return UUID.fromString(registration.get("tenantId").asText());
    }

    private static void log(String step) {
        System.out.println("== " + step);
    }
}
