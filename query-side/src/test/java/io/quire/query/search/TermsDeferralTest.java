package io.quire.query.search;

import io.quire.query.shared.CatchUp;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TermsDeferralTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final TermsDeferral deferral = new TermsDeferral(Duration.ofMinutes(1), clock);

    @Test
    void liveEventsAreIndexedAtOnceAndOldOnesLater() {
        assertThat(deferral.defers(NOW.minusSeconds(5))).isFalse();
        assertThat(deferral.defers(NOW.minusSeconds(60))).as("exactly the threshold is still live").isFalse();
        assertThat(deferral.quietFor(Duration.ofSeconds(2))).as("nothing deferred yet").isTrue();

        assertThat(deferral.defers(NOW.minus(Duration.ofDays(180)))).isTrue();
        assertThat(deferral.quietFor(Duration.ofSeconds(2))).isFalse();
        clock.now = NOW.plusSeconds(1);
        assertThat(deferral.quietFor(Duration.ofSeconds(2))).isFalse();
        clock.now = NOW.plusSeconds(2);
        assertThat(deferral.quietFor(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void aReplayIntoACopyDefersEvenFreshEventsWithoutHoldingTheLiveFillerBack() {
        assertThat(CatchUp.replaying(() -> deferral.defers(NOW))).isTrue();
        assertThat(CatchUp.replaying()).isFalse();
        assertThat(deferral.defers(NOW)).isFalse();
        assertThat(deferral.quietFor(Duration.ofSeconds(2))).isTrue();
    }

    private static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
