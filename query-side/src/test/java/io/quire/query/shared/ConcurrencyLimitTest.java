package io.quire.query.shared;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyLimitTest {

    @Test
    void runsAtMostItsPermitsAtOnceQueuesTheNextAndRefusesBeyondTheQueue() {
        ConcurrencyLimit limit = new ConcurrencyLimit("test", 2, 1, Duration.ofSeconds(30));
        Sinks.One<String> first = Sinks.one();
        Sinks.One<String> second = Sinks.one();
        List<String> answers = new ArrayList<>();
        limit.run(first::asMono).subscribe(answers::add);
        limit.run(second::asMono).subscribe(answers::add);
        AtomicInteger thirdStarted = new AtomicInteger();
        limit.run(() -> {
            thirdStarted.incrementAndGet();
            return Mono.just("third");
        }).subscribe(answers::add);

        assertThat(limit.inUse()).isEqualTo(2);
        assertThat(limit.waiting()).isEqualTo(1);
        assertThat(thirdStarted).hasValue(0);
        assertThatThrownBy(() -> limit.run(() -> Mono.just("fourth")).block())
                .isInstanceOf(ConcurrencyLimit.Full.class);

        first.tryEmitValue("first");
        // The permit is handed on as soon as the work ends, so the third may answer before the first's answer lands.
        assertThat(answers).containsExactlyInAnyOrder("first", "third");
        second.tryEmitValue("second");
        assertThat(answers).containsExactlyInAnyOrder("first", "third", "second");
        assertThat(limit.inUse()).isZero();
        assertThat(limit.waiting()).isZero();
    }

    @Test
    void aWaitThatRunsOutIsRefusedAndLeavesTheQueue() {
        ConcurrencyLimit limit = new ConcurrencyLimit("test", 1, 5, Duration.ofMillis(100));
        Disposable holder = limit.run(Mono::never).subscribe();

        assertThatThrownBy(() -> limit.run(() -> Mono.just("late")).block())
                .isInstanceOf(ConcurrencyLimit.Full.class).hasMessageContaining("no permit within 100 ms");
        assertThat(limit.waiting()).isZero();

        holder.dispose();
        assertThat(limit.run(() -> Mono.just("next")).block()).isEqualTo("next");
    }

    @Test
    void failedAndCancelledWorkGivesItsPermitBack() {
        ConcurrencyLimit limit = new ConcurrencyLimit("test", 1, 0, Duration.ofSeconds(1));

        assertThatThrownBy(() -> limit.run(() -> Mono.error(new IllegalStateException("broken"))).block())
                .hasMessage("broken");
        assertThat(limit.inUse()).isZero();

        Disposable cancelled = limit.run(Mono::never).subscribe();
        assertThat(limit.inUse()).isEqualTo(1);
        cancelled.dispose();
        assertThat(limit.inUse()).isZero();
    }

    @Test
    void aCancelledWaiterIsSkipped() {
        ConcurrencyLimit limit = new ConcurrencyLimit("test", 1, 5, Duration.ofSeconds(30));
        Sinks.One<String> holder = Sinks.one();
        limit.run(holder::asMono).subscribe();
        AtomicInteger abandonedStarted = new AtomicInteger();
        Disposable abandoned = limit.run(() -> {
            abandonedStarted.incrementAndGet();
            return Mono.just("abandoned");
        }).subscribe();
        List<String> answers = new ArrayList<>();
        limit.run(() -> Mono.just("kept")).subscribe(answers::add);

        abandoned.dispose();
        assertThat(limit.waiting()).isEqualTo(1);
        holder.tryEmitValue("done");

        assertThat(abandonedStarted).hasValue(0);
        assertThat(answers).containsExactly("kept");
        assertThat(limit.inUse()).isZero();
    }

    @Test
    void underConcurrentLoadNeverRunsMoreThanItsPermitsAndLosesNoPermit() {
        ConcurrencyLimit limit = new ConcurrencyLimit("test", 3, 10_000, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();

        AtomicInteger ended = new AtomicInteger();
        Flux.range(0, 2_000)
                .flatMap(i -> limit.run(() -> Mono.fromCallable(() -> {
                            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                            return i;
                        }).delayElement(Duration.ofMillis(i % 3))
                                // Counted down before the end is signalled on, which hands the permit over.
                                .doOnTerminate(running::decrementAndGet).doOnCancel(running::decrementAndGet))
                        // Every tenth caller gives up while waiting or running.
                        .timeout(Duration.ofMillis(i % 10 == 0 ? 1 : 30_000), Mono.empty())
                        .doOnTerminate(ended::incrementAndGet)
                        .subscribeOn(Schedulers.parallel()), 200)
                .blockLast(Duration.ofSeconds(60));

        assertThat(ended).hasValue(2_000);
        assertThat(mostAtOnce.get()).isBetween(1, 3);
        assertThat(limit.inUse()).isZero();
        assertThat(limit.waiting()).isZero();
    }
}
