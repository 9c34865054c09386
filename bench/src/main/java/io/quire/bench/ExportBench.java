package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * B8: the audit export of a large tenant streams in constant memory. Writes {@code --events} synthetic events for
 * one tenant, waits until the projections have passed them (so that they do not use the heap during the export),
 * then reads {@code GET /api/v1/audit/export} to the end while sampling the platform's heap. The export is flat when
 * the old generation does not grow with the number of lines sent. Arguments: {@code --quire URL --jdbc URL --user U
 * --password P --admin-token T --pid PID --out DIR [--events N]}.
 */
public final class ExportBench {

    private static final Duration CATCH_UP_WITHIN = Duration.ofMinutes(40);
    private static final long MIB = 1024 * 1024;

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        String base = options.get("quire");
        QuireClient quire = new QuireClient(base);
        SyntheticEvents synthetic = new SyntheticEvents(options.get("jdbc"), options.get("user"),
                options.getOrDefault("password", ""));

        JsonNode tenant = quire.registration(options.get("admin-token"), "export-bench");
        long writeStarted = System.nanoTime();
        synthetic.append(tenant.get("tenantId").asText(), events);
        double writeSeconds = (System.nanoTime() - writeStarted) / 1e9;
        System.out.printf("== wrote %d events in %.1f s%n", events, writeSeconds);
        double catchUpSeconds = waitForProjections(synthetic);

        Map<String, Object> result = new LinkedHashMap<>();
        try (HeapSampler heap = new HeapSampler(base, Duration.ofMillis(250))) {
            HeapSampler.Sample before = heap.now();
            Export export = export(base, tenant.get("apiKey").asText());
            HeapSampler.Sample after = heap.now();
            List<HeapSampler.Sample> samples = heap.samples();
            result.put("events", events);
            result.put("linesExported", export.lines());
            result.put("inOrder", export.inOrder());
            result.put("exportSeconds", round(export.seconds()));
            result.put("linesPerSecond", Math.round(export.lines() / export.seconds()));
            result.put("exportMiB", round((double) export.bytes() / MIB));
            result.put("firstLineMillis", export.firstLineMillis());
            result.put("heapBeforeMiB", before.heapBytes() / MIB);
            result.put("heapMaxDuringMiB", samples.stream().mapToLong(HeapSampler.Sample::heapBytes).max()
                    .orElse(0) / MIB);
            result.put("heapAfterMiB", after.heapBytes() / MIB);
            result.put("oldGenBeforeMiB", before.oldGenBytes() / MIB);
            result.put("oldGenMaxDuringMiB", samples.stream().mapToLong(HeapSampler.Sample::oldGenBytes).max()
                    .orElse(0) / MIB);
            result.put("oldGenAfterMiB", after.oldGenBytes() / MIB);
            result.put("samples", samples.size());
            result.put("oldGenTimelineMiB", timeline(samples));
            result.put("writeSeconds", round(writeSeconds));
            result.put("projectionCatchUpSeconds", round(catchUpSeconds));
            result.put("peakRssMiB", PeakMemory.of(options.get("pid")) / 1024);
        }
        report(Path.of(options.getOrDefault("out", "bench/results")), result);
    }

    private record Export(long lines, long bytes, boolean inOrder, double seconds, long firstLineMillis) {
    }

    /** Reads the whole export, line by line, keeping nothing but counts and the last position. */
    private static Export export(String base, String apiKey) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long started = System.nanoTime();
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit/export"))
                .header("X-Api-Key", apiKey).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("export answered " + answer.statusCode());
        }
        long lines = 0;
        long bytes = 0;
        long lastPosition = -1;
        boolean inOrder = true;
        long firstLine = -1;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8),
                1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (firstLine < 0) {
                    firstLine = (System.nanoTime() - started) / 1_000_000;
                }
                long position = position(line);
                inOrder &= position > lastPosition;
                lastPosition = position;
                lines++;
                bytes += line.length() + 1;
            }
        }
        return new Export(lines, bytes, inOrder, (System.nanoTime() - started) / 1e9, firstLine);
    }

    /** Each line starts with {@code {"position":N,}: the entry's fields are written in their declared order. */
    private static long position(String line) {
        int start = line.indexOf(':') + 1;
        return Long.parseLong(line.substring(start, line.indexOf(',', start)));
    }

    private static double waitForProjections(SyntheticEvents synthetic) throws Exception {
        long started = System.nanoTime();
        long head = synthetic.head();
        long deadline = System.nanoTime() + CATCH_UP_WITHIN.toNanos();
        while (synthetic.slowestProcessor() < head) {
            if (System.nanoTime() > deadline) {
                System.out.println("== projections did not catch up within " + CATCH_UP_WITHIN + "; exporting anyway");
                break;
            }
            Thread.sleep(1_000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("== projections caught up with position %d in %.1f s%n", head, seconds);
        return seconds;
    }

    /** The old generation at ten evenly spaced moments of the export. */
    private static List<Long> timeline(List<HeapSampler.Sample> samples) {
        if (samples.isEmpty()) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> samples.get(Math.min(samples.size() - 1, i * samples.size() / 10)).oldGenBytes() / MIB)
                .toList();
    }

    private static void report(Path out, Map<String, Object> result) throws Exception {
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("export-latest.json").toFile(), result);
        StringBuilder table = new StringBuilder("| measure | value |\n| --- | ---: |\n");
        result.forEach((name, value) -> table.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        Files.writeString(out.resolve("export-latest.md"), table.toString());
        System.out.println();
        System.out.println(table);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }
}
