package io.quire.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the live stream, under {@code quire.live}.
 *
 * @param heartbeat               how often an idle stream sends a comment line, which keeps proxies from closing it
 *                                and finds clients that went away
 * @param maxStreamsPerTenant     open streams a tenant may hold on one node; more answer 429
 * @param retryAfter              what the 429 tells the client to wait
 * @param dashboardsInterval      at most one "dashboards changed" hint per tenant in this interval
 * @param replayLimit             at most this many missed events are replayed for a {@code Last-Event-ID}; more
 *                                answer {@code reset}
 * @param replayWindow            missed events older than this are not replayed; the stream answers {@code reset}
 * @param bufferSize              updates held for a client that reads slowly; past it the stream sends {@code reset}
 *                                and ends
 * @param batchSize               events the live-updates processor handles per batch
 */
@ConfigurationProperties("quire.live")
public record LiveSettings(Duration heartbeat, Integer maxStreamsPerTenant, Duration retryAfter,
                           Duration dashboardsInterval, Integer replayLimit, Duration replayWindow,
                           Integer bufferSize, Integer batchSize) {

    public LiveSettings {
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        maxStreamsPerTenant = maxStreamsPerTenant == null ? 20 : maxStreamsPerTenant;
        retryAfter = retryAfter == null ? Duration.ofSeconds(10) : retryAfter;
        dashboardsInterval = dashboardsInterval == null ? Duration.ofSeconds(1) : dashboardsInterval;
        replayLimit = replayLimit == null ? 1000 : replayLimit;
        replayWindow = replayWindow == null ? Duration.ofMinutes(60) : replayWindow;
        bufferSize = bufferSize == null ? 1000 : bufferSize;
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
