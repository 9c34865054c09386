package io.quire.platform.replay.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of replays, rebuilds and evaluations ({@code quire.replay.*}).
 *
 * @param batchSize      events per transaction while a group is replayed, rebuilt or evaluated; the live batch size
 *                       stays small so that a single new event is visible quickly
 * @param switchLag      how close (in events) a shadow model must come to the head before the live processor is
 *                       paused for the last catch-up and the switch
 * @param examples       rows shown per kind of difference in an evaluation report
 * @param evaluations    evaluations that may run at once
 */
@ConfigurationProperties("quire.replay")
public record ReplayProperties(@DefaultValue("1000") int batchSize, @DefaultValue("500") int switchLag,
                               @DefaultValue("5") int examples, @DefaultValue("2") int evaluations) {
}
