package io.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches a running Quire while a scenario runs: its peak resident set size (sampled from {@code /proc}), its peak
 * heap in use (from the actuator's metrics), and the CPU time that Quire and the PostgreSQL sessions of its
 * database spent per operation. CPU per operation stays meaningful on a shared machine, where throughput does not.
 */
final class ResourceWatch implements AutoCloseable {

    private static final long TICKS_PER_SECOND = 100;

    private final String pid;
    private final String base;
    private final Supplier<Connection> database;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "resource-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long peakRssKiB;
    private volatile long peakHeapBytes;
    private long ticks;

    ResourceWatch(QuireProcess quire, Supplier<Connection> database) {
        this.pid = quire.pid();
        this.base = quire.url();
        this.database = database;
        sampler.scheduleWithFixedDelay(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    /** Resources used in one scenario. CPU figures are milliseconds per operation, or 0 when unknown. */
    record Usage(long peakRssMiB, long peakHeapMiB, double quireCpuMillisPerOp, double postgresCpuMillisPerOp) {
    }

    /** Starts measuring a scenario. */
    Window open() {
        peakRssKiB = 0;
        peakHeapBytes = 0;
        return new Window(cpuTicks(pid), postgresTicks());
    }

    final class Window {
        private final long quireTicks;
        private final Map<String, Long> postgresTicks;

        private Window(long quireTicks, Map<String, Long> postgresTicks) {
            this.quireTicks = quireTicks;
            this.postgresTicks = postgresTicks;
        }

        Usage close(long operations) {
            sample();
            double quireMillis = (cpuTicks(pid) - quireTicks) * 1000.0 / TICKS_PER_SECOND;
            double postgresMillis = 0;
            for (Map.Entry<String, Long> now : postgresTicks().entrySet()) {
                postgresMillis += (now.getValue() - postgresTicks.getOrDefault(now.getKey(), 0L)) * 1000.0
                        / TICKS_PER_SECOND;
            }
            long ops = Math.max(1, operations);
            return new Usage(peakRssKiB / 1024, peakHeapBytes / (1024 * 1024), quireMillis / ops,
                    postgresMillis / ops);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private void sample() {
        peakRssKiB = Math.max(peakRssKiB, statusField("VmRSS:"));
        if (++ticks % 4 == 0) {
            peakHeapBytes = Math.max(peakHeapBytes, heapInUse());
        }
    }

    private long heapInUse() {
        try {
            URI metric = URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap");
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(metric).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode used = json.readTree(answer.body());
            return used.path("measurements").path(0).path("value").asLong();
        } catch (Exception e) {
            return 0;
        }
    }

    private long statusField(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (Exception e) {
            return 0;
        }
    }

    /** User and system CPU of a process in clock ticks, from {@code /proc/<pid>/stat}; 0 when it is not visible. */
    static long cpuTicks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    /** CPU ticks of every PostgreSQL session of the benchmark database (local servers only). */
    private Map<String, Long> postgresTicks() {
        Map<String, Long> ticksByPid = new HashMap<>();
        Set<String> pids = new HashSet<>();
        try (Connection connection = database.get(); ResultSet sessions = connection.createStatement().executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (sessions.next()) {
                pids.add(sessions.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            return ticksByPid;
        }
        for (String session : pids) {
            ticksByPid.put(session, cpuTicks(session));
        }
        return ticksByPid;
    }
}
