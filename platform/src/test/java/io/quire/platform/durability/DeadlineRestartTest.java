package io.quire.platform.durability;

import io.quire.platform.QuireApplication;
import io.quire.platform.support.Eventually;
import io.quire.platform.support.ReliabilityReport;
import io.quire.platform.support.ScheduledTasks;
import io.quire.platform.support.TestDatabase;
import io.quire.platform.support.probe.DeadlineProbeLog;
import io.quire.platform.support.probe.DeadlineProbeStartedEvent;
import io.quire.platform.support.probe.Probes;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import static io.quire.platform.support.probe.DeadlineProbeSaga.KEPT;
import static org.assertj.core.api.Assertions.assertThat;

/** A deadline scheduled before Quire stops fires after it starts again on the same database. */
@ExtendWith(ReliabilityReport.class)
@ReliabilityReport.Part("crash")
class DeadlineRestartTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void aDeadlineScheduledBeforeARestartFiresAfterIt() {
        TestDatabase database = TestDatabase.createFresh();
        String probe = UUID.randomUUID().toString();
        String[] kept = new String[1];

        runQuire(database, app -> {
            app.getBean(EventGateway.class).publish(new DeadlineProbeStartedEvent(probe));
            DeadlineProbeLog log = app.getBean(DeadlineProbeLog.class);
            kept[0] = Eventually.present("the saga schedules its deadline", LIMIT, () -> log.scheduleId(probe, KEPT));
            ScheduledTasks tasks = new ScheduledTasks(app.getBean(JdbcTemplate.class));
            Eventually.holds("the deadline is stored", LIMIT, () -> tasks.pending(kept[0]));
            assertThat(log.fired(probe)).isEmpty();
        });

        runQuire(database, app -> {
            ScheduledTasks tasks = new ScheduledTasks(app.getBean(JdbcTemplate.class));
            assertThat(tasks.pending(kept[0])).isTrue();
            tasks.makeDueNow(kept[0]);
            DeadlineProbeLog log = app.getBean(DeadlineProbeLog.class);
            Eventually.holds("the deadline fires in the restarted Quire", LIMIT,
                    () -> log.fired(probe).contains(KEPT));
        });
    }

    private static void runQuire(TestDatabase database, Consumer<ConfigurableApplicationContext> session) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(QuireApplication.class)
                .profiles(Probes.PROFILE)
                .run("--server.port=0", "--QUIRE_DB_URL=" + database.url(), "--QUIRE_DB_USER=" + database.user(),
                        "--QUIRE_DB_PASSWORD=" + database.password())) {
            session.accept(app);
        }
    }
}
