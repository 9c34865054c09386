package io.quire.platform.deadletter.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;

import javax.annotation.Nonnull;
import java.util.function.Function;

/**
 * Gives every {@linkplain DeadLetteredGroups dead-lettered group} a {@link JdbcSequencedDeadLetterQueue} in
 * {@code dead_letter_entry}. It takes the place of Axon's module of the same type, which would need
 * {@code axon.eventhandling.processors.<group>.dlq.enabled} for each group, so a new group would silently go
 * without.
 */
class ProjectionDeadLetterQueues extends DeadLetterQueueProviderConfigurerModule {

    private final DeadLetteredGroups groups;
    private final Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues;

    ProjectionDeadLetterQueues(EventProcessorProperties processors, DeadLetteredGroups groups,
                               ConnectionProvider connections, TransactionManager transactions,
                               DeadLetterSchema schema, Serializer eventSerializer, Serializer genericSerializer) {
        this(processors, groups, group -> configuration -> JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .eventSerializer(eventSerializer)
                .genericSerializer(genericSerializer)
                .build());
    }

    private ProjectionDeadLetterQueues(
            EventProcessorProperties processors, DeadLetteredGroups groups,
            Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> queues) {
        super(processors, queues);
        this.groups = groups;
        this.queues = queues;
    }

    @Override
    public void configureModule(@Nonnull Configurer configurer) {
        EventProcessingConfigurer processing = configurer.eventProcessing();
        processing.registerDeadLetterQueueProvider(group -> {
            if (!groups.covers(group)) {
                return null;
            }
            // Axon asks for a group's queue just before it builds the group's invoker, which is the one moment a
            // group without settings of its own can still be tuned. The cache spares a query per event while the
            // queue holds nothing of that sequence. A reset clears the group's queue: the rebuild that follows
            // meets every one of those events again.
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (configuration, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true));
            return queues.apply(group);
        });
    }
}
