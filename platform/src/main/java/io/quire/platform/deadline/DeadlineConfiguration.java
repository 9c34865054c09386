package io.quire.platform.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The one {@link DeadlineManager} of Quire, which sagas and aggregates get injected: deadlines are rows in
 * {@code scheduled_tasks} (db-scheduler, {@code db-scheduler.*} settings), so they survive restarts and fire on
 * whichever node polls first. It takes the place of the one Axon's auto-configuration would make, and the
 * db-scheduler starter starts and stops the scheduler.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    public DeadlineManager deadlineManager(Scheduler scheduler, Configuration axon,
                                           @Qualifier("eventSerializer") Serializer serializer,
                                           TransactionManager transactions, DeadlineManagerSpanFactory spans) {
        return new PersistentDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .startScheduler(false)
                .stopScheduler(false), scheduler, spans);
    }
}
