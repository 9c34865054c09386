package io.quire.platform.dashboard;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Samples the processors' positions at a fixed interval and keeps the last two samples in memory, so that the
 * platform dashboard can tell each processor's events per second over the latest window without asking anything.
 * Until two samples exist every rate is 0.
 */
@Component
public class ProcessorThroughput {

    private static final Logger log = LoggerFactory.getLogger(ProcessorThroughput.class);

    private final ProcessorPositions positions;
    private final ScheduledExecutorService sampler;
    private volatile Sample previous;
    private volatile Sample latest;

    public ProcessorThroughput(ProcessorPositions positions,
                               @Value("${quire.dashboards.platform.sample-every:5s}") Duration every) {
        this.positions = positions;
        this.sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processor-throughput");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::sample, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Events (positions) per second the processor went through in the latest sampling window. */
    public double eventsPerSecond(String processor) {
        Sample before = previous;
        Sample after = latest;
        if (before == null || after == null || after.nanos() <= before.nanos()) {
            return 0;
        }
        Long from = before.positions().get(processor);
        Long to = after.positions().get(processor);
        if (from == null || to == null || to < from) {
            return 0;
        }
        return (to - from) * 1e9 / (after.nanos() - before.nanos());
    }

    private void sample() {
        try {
            Map<String, Long> now = positions.read().stream().collect(
                    Collectors.toMap(ProcessorPositions.ProcessorPosition::name,
                            ProcessorPositions.ProcessorPosition::position));
            previous = latest;
            latest = new Sample(System.nanoTime(), now);
        } catch (RuntimeException e) {
            // The database may be away for a while; the rates then describe the last window that could be sampled.
            log.debug("Could not sample the processors' positions: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        sampler.shutdownNow();
    }

    private record Sample(long nanos, Map<String, Long> positions) {
    }
}
