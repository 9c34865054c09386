package io.quire.sagas;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How patient the sagas are, from {@code quire.sagas}. Every wait is a persistent deadline.
 *
 * @param retryDelay           wait before asking a provider again after it gave no trustworthy answer; a charge or
 *                             refund without an answer is asked again, under its key, until it gets one
 * @param followUpDelay        wait before a non-critical step (receipt, CRM) that failed is tried again
 * @param maxFollowUps         how often such a step is tried again before it is left to an operator
 * @param dunningDelays        waits between collection attempts of an invoice; attempts = delays + 1
 * @param decisionNoticeDelay  grace period before a decision's approval is announced, in which a supersession
 *                             cancels the announcement
 */
@ConfigurationProperties("quire.sagas")
public record SagaSettings(Duration retryDelay, Duration followUpDelay, int maxFollowUps,
                           List<Duration> dunningDelays, Duration decisionNoticeDelay) {

    public SagaSettings {
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
        followUpDelay = followUpDelay == null ? Duration.ofMinutes(1) : followUpDelay;
        maxFollowUps = maxFollowUps <= 0 ? 10 : maxFollowUps;
        dunningDelays = dunningDelays == null ? List.of(Duration.ofDays(1), Duration.ofDays(3)) : List.copyOf(dunningDelays);
        decisionNoticeDelay = decisionNoticeDelay == null ? Duration.ofSeconds(30) : decisionNoticeDelay;
    }

    public static SagaSettings defaults() {
        return new SagaSettings(null, null, 0, null, null);
    }

    /** Collection attempts per invoice before the subscription is suspended. */
    public int collectionAttempts() {
        return dunningDelays.size() + 1;
    }
}
