package io.quire.platform.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.annotation.Nonnull;

/**
 * Axon's db-scheduler deadline manager, except that cancelling a deadline that has already fired or been cancelled
 * does nothing, as with Axon's other deadline managers. In Axon 4.12.2 it throws when the unit of work commits, so a
 * saga that cancels a deadline a second time would fail its batch on every retry (AxonFramework issue 3857).
 */
class PersistentDeadlineManager extends DbSchedulerDeadlineManager {

    private static final Logger log = LoggerFactory.getLogger(PersistentDeadlineManager.class);

    private final Scheduler scheduler;
    private final DeadlineManagerSpanFactory spans;

    PersistentDeadlineManager(Builder builder, Scheduler scheduler, DeadlineManagerSpanFactory spans) {
        super(builder.scheduler(scheduler).spanFactory(spans));
        this.scheduler = scheduler;
        this.spans = spans;
    }

    @Override
    public void cancelSchedule(@Nonnull String deadlineName, @Nonnull String scheduleId) {
        runOnPrepareCommitOrNow(spans.createCancelScheduleSpan(deadlineName, scheduleId).wrapRunnable(() -> {
            try {
                scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
            } catch (TaskInstanceNotFoundException gone) {
                log.debug("Deadline {} ({}) has already fired or been cancelled", deadlineName, scheduleId);
            }
        }));
    }
}
