package io.quire.platform.dashboard;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.quire.platform.deadletter.application.DeadLetterListing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Assembles the platform dashboard: processors against the head of the event store, dead letters, sagas by state
 * and the adapters' circuit breakers. Blocks on JDBC.
 */
@Component
class PlatformDashboardQuery {

    private final ProcessorPositions positions;
    private final ProcessorThroughput throughput;
    private final DeadLetterListing deadLetters;
    private final CircuitBreakerRegistry breakers;
    private final JdbcTemplate jdbc;

    PlatformDashboardQuery(ProcessorPositions positions, ProcessorThroughput throughput, DeadLetterListing deadLetters,
                           CircuitBreakerRegistry breakers, JdbcTemplate jdbc) {
        this.positions = positions;
        this.throughput = throughput;
        this.deadLetters = deadLetters;
        this.breakers = breakers;
        this.jdbc = jdbc;
    }

    PlatformDashboard read() {
        return new PlatformDashboard(processors(), new PlatformDashboard.DeadLetters(deadLetters.count().total()),
                sagas(), circuitBreakers());
    }

    private List<PlatformDashboard.Processor> processors() {
        // The positions before the head: a processor read a moment later can only be further, never past the head.
        List<ProcessorPositions.ProcessorPosition> processors = positions.read();
        List<Event> head = jdbc.query(
                "SELECT global_index, time_stamp FROM domain_event_entry ORDER BY global_index DESC LIMIT 1",
                (row, i) -> new Event(row.getLong("global_index"), Instant.parse(row.getString("time_stamp"))));
        if (head.isEmpty()) {
            return processors.stream().map(p -> new PlatformDashboard.Processor(p.name(), p.status(), p.position(),
                    0, 0, 0, throughput.eventsPerSecond(p.name()))).toList();
        }
        Event last = head.get(0);
        Map<Long, Instant> processedAt = timestampsAtOrBefore(processors.stream()
                .map(ProcessorPositions.ProcessorPosition::position).distinct().toList());
        return processors.stream().map(p -> {
            long lag = Math.max(0, last.position() - p.position());
            Instant processed = lag == 0 ? last.at() : processedAt.computeIfAbsent(p.position(), none -> first());
            double seconds = Duration.between(processed, last.at()).toMillis() / 1000.0;
            return new PlatformDashboard.Processor(p.name(), p.status(), p.position(), last.position(), lag,
                    Math.max(0, seconds), throughput.eventsPerSecond(p.name()));
        }).toList();
    }

    /** A processor that has processed nothing is as far behind as the oldest event. */
    private Instant first() {
        return Instant.parse(jdbc.queryForObject(
                "SELECT time_stamp FROM domain_event_entry ORDER BY global_index LIMIT 1", String.class));
    }

    /**
     * The time of the event at each position, or of the last one before it where the position is a gap; a
     * processor that has processed nothing has no such event and gets none.
     */
    private Map<Long, Instant> timestampsAtOrBefore(List<Long> positions) {
        Map<Long, Instant> at = new HashMap<>();
        jdbc.query("""
                SELECT p.position, e.time_stamp FROM unnest(?::bigint[]) AS p(position)
                CROSS JOIN LATERAL (SELECT time_stamp FROM domain_event_entry WHERE global_index <= p.position
                                    ORDER BY global_index DESC LIMIT 1) e""",
                row -> {
                    at.put(row.getLong("position"), Instant.parse(row.getString("time_stamp")));
                },
                positions.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        return at;
    }

    private PlatformDashboard.Sagas sagas() {
        Map<String, Long> byState = new HashMap<>();
        jdbc.query("SELECT state, count(*) AS runs FROM saga_run GROUP BY state",
                row -> {
                    byState.put(row.getString("state"), row.getLong("runs"));
                });
        return new PlatformDashboard.Sagas(byState.getOrDefault("running", 0L),
                byState.getOrDefault("completed", 0L), byState.getOrDefault("compensated", 0L));
    }

    private List<PlatformDashboard.CircuitBreaker> circuitBreakers() {
        return breakers.getAllCircuitBreakers().stream()
                .map(breaker -> new PlatformDashboard.CircuitBreaker(breaker.getName(), breaker.getState().name()))
                .sorted(Comparator.comparing(PlatformDashboard.CircuitBreaker::name))
                .toList();
    }

    private record Event(long position, Instant at) {
    }
}
